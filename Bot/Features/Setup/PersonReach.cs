using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// Whether and how the bot can message one person of the roster, and the bot's last install request for them through
/// Microsoft Graph, if any (for <see cref="Reach.InstallPending"/>, the request being waited on). <see cref="Via"/> is
/// the person's personal chat (<see cref="Reach.PersonalChat"/>) or a team of theirs that has the bot
/// (<see cref="Reach.ThroughTeam"/>).
/// </summary>
public sealed record PersonReach(Person Person, Reach Reach, UnreachableReason Reason, PendingInstall? LastRequest = null, StoredConversation? Via = null)
{
    public bool IsReachable => Reach is Reach.PersonalChat or Reach.ThroughTeam && Via is not null;

    /// <summary>Where a proactive send to the person goes, or null when the bot cannot reach them now.</summary>
    public OutboxRecipient? Recipient() => (Reach, Via) switch
    {
        (Reach.PersonalChat, { } chat) => OutboxRecipient.Conversation(chat.ServiceUrl, chat.ConversationId),
        (Reach.ThroughTeam, { } team) => OutboxRecipient.NewPersonalChat(team.ServiceUrl, team.BotId, null, Person.AadObjectId),
        _ => null,
    };

    /// <summary>The language to write to the person in: their personal chat's, else Vietnamese.</summary>
    public string? Locale => Reach == Reach.PersonalChat ? Via?.Locale : null;
}
