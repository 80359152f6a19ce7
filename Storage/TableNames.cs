namespace ThiDuaBot.Storage;

/// <summary>Logical names of every table the bot uses. Each is created on start if missing.</summary>
public static class TableNames
{
    public const string Conversations = "Conversations";

    public static readonly IReadOnlyList<string> All = [Conversations];
}
