using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Installs;

namespace ThiDuaBot.Bot.Features.Conversations;

/// <summary>
/// The bot added to or removed from a personal chat or a team: stores or marks the conversation reference,
/// and sends the welcome once per installation (Teams sends both <c>conversationUpdate</c> and
/// <c>installationUpdate</c>; whichever arrives first claims the welcome). A personal install ends the person's pending
/// install request, if the secretary had one made through Microsoft Graph.
/// </summary>
public sealed class InstallationHandler(ConversationStore store, PendingInstallStore pendingInstalls, PledgeLaunchService launch, TimeProvider time, ILogger<InstallationHandler> logger)
    : IConversationEventHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (Classify(turn.Activity))
        {
            case Change.Installed:
                await OnInstalledAsync(turn, cancellationToken).ConfigureAwait(false);
                break;
            case Change.Uninstalled:
                await OnUninstalledAsync(turn, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task OnInstalledAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (ConversationMapping.ToStored(turn) is not { } conversation)
        {
            logger.LogWarning("Install event without tenant or conversation; nothing stored");
            return;
        }
        var now = time.GetUtcNow();
        await store.RecordInstalledAsync(conversation, now, cancellationToken).ConfigureAwait(false);
        if (conversation.ConversationType == "personal" && conversation.UserAadObjectId is { } aadObjectId)
        {
            await pendingInstalls.DeleteAsync(conversation.TenantId, aadObjectId, cancellationToken).ConfigureAwait(false);
        }
        if (await store.TryClaimWelcomeAsync(conversation.TenantId, conversation.ConversationId, now, cancellationToken).ConfigureAwait(false))
        {
            await WelcomeAsync(turn, conversation, cancellationToken).ConfigureAwait(false);
        }
        if (conversation.ConversationType == "personal")
        {
            // Reachable at last: if the pledge round is running, the person's missing cards join it (after the welcome).
            await launch.SendToNewChatAsync(conversation, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WelcomeAsync(TurnContext turn, StoredConversation conversation, CancellationToken cancellationToken)
    {
        var strings = turn.Strings;
        var text = conversation.ConversationType == "personal"
            ? Named(strings.PersonalWelcome, strings.PersonalWelcomeNoName, turn.Activity.From?.Name)
            : Named(strings.TeamWelcome, strings.TeamWelcomeNoName, conversation.TeamName);
        var result = await turn.PostTextAsync(text, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk)
        {
            logger.LogWarning("Welcome not delivered to a {Type} conversation: {Outcome}", conversation.ConversationType, result.Outcome);
        }
    }

    private async Task OnUninstalledAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var tenantId = turn.TenantId;
        var conversationId = turn.Activity.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(conversationId))
        {
            return;
        }
        var known = await store.MarkUninstalledAsync(tenantId, conversationId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Bot removed from a conversation ({Known})", known ? "known" : "not known");
    }

    private static Change Classify(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action?.ToLowerInvariant() switch
            {
                "add" or "add-upgrade" => Change.Installed,
                "remove" => Change.Uninstalled,
                _ => Change.None,
            };
        }
        var isPersonal = activity.Conversation?.ConversationType == "personal";
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            return Change.Uninstalled;
        }
        if (activity.MembersAdded?.Any(m => m.Id == botId) == true || (isPersonal && activity.MembersAdded is { Count: > 0 }))
        {
            return Change.Installed;
        }
        return Change.None;
    }

    private static string Named(string template, string withoutName, string? name) =>
        string.IsNullOrWhiteSpace(name) ? withoutName : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name);

    private enum Change
    {
        None,
        Installed,
        Uninstalled,
    }
}
