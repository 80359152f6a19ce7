using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Conversations;

namespace ThiDuaBot.Bot.Features.Conversations;

/// <summary>
/// Keeps the conversation reference current on every message and card action, so a chat whose install event
/// was missed can still be reached later. Install and removal events are handled by <see cref="InstallationHandler"/>.
/// </summary>
public sealed class ConversationRecorder(ConversationStore store, TimeProvider time) : IActivityObserver
{
    public async Task ObserveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return;
        }
        if (ConversationMapping.ToStored(turn) is { } conversation)
        {
            await store.RecordInstalledAsync(conversation, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }
}
