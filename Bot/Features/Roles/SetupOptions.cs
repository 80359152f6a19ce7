namespace ThiDuaBot.Bot.Features.Roles;

/// <summary>Section <c>Setup</c>: who may set the bot up before any roster exists.</summary>
public sealed class SetupOptions
{
    public const string Section = "Setup";

    /// <summary>
    /// The first council secretaries: Microsoft Entra object ids or sign-in names (UPN / e-mail). They are
    /// secretaries in every campaign, whatever a roster import says.
    /// </summary>
    public List<string> Secretaries { get; set; } = [];
}
