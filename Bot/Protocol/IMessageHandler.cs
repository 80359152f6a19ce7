namespace ThiDuaBot.Bot.Protocol;

/// <summary>Handles a text message (mentions already stripped).</summary>
public interface IMessageHandler
{
    Task HandleAsync(TurnContext turn, string text, CancellationToken cancellationToken);
}
