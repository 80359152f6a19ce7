namespace ThiDuaBot.Bot.Protocol;

/// <summary>Handles <c>conversationUpdate</c> and <c>installationUpdate</c> activities (installs, removals, member changes).</summary>
public interface IConversationEventHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
