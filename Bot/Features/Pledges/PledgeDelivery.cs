using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// Turns a person's pledge cards into outbox sends: one per card, keyed <c>campaign|round|person|kind</c> so a round
/// (the launch, one reminder slot, one day's nudges) sends each card at most once however often it is asked. The
/// launch, the reminders and the unit head's nudges all go through here.
/// </summary>
public sealed class PledgeDelivery(PledgeCardFactory cards)
{
    /// <summary>The launch's outbox batch: one per tenant and campaign; top-ups and people added later join it.</summary>
    public static string LaunchBatch(string tenantId, string campaignId) => $"{tenantId}|{campaignId}|pledge-launch";

    public const string LaunchRound = "launch";

    /// <summary>The kind part of a send's key: the person's own card, or the unit's card sent to its head.</summary>
    public static string KindKey(PledgeKind kind, string subject) =>
        kind == PledgeKind.Collective ? "collective-" + subject : "individual";

    /// <summary>
    /// The sends for one reachable person in <paramref name="round"/>: their current card(s) (the form, or the summary
    /// if already pledged), in their language; empty when the person cannot be reached now.
    /// </summary>
    public async Task<IReadOnlyList<OutboxItem>> ItemsForAsync(
        PledgeCampaign campaign, PersonReach reach, string round, CancellationToken cancellationToken,
        IReadOnlyCollection<PledgeKind>? kinds = null, Func<Strings, PledgeKind, IReadOnlyList<string>>? notices = null)
    {
        if (reach.Recipient() is not { } recipient)
        {
            return [];
        }
        var language = LanguageExtensions.FromLocale(reach.Locale);
        var built = await cards.BuildForPersonAsync(campaign, reach.Person, language, cancellationToken, kinds, notices).ConfigureAwait(false);
        return built.Select(card => new OutboxItem(
            OutboxKey.For(campaign.CampaignId, round, reach.Person.SignInName, KindKey(card.Kind, card.Subject)),
            campaign.TenantId,
            recipient,
            Message(card, Strings.For(language), campaign))).ToList();
    }

    private static Activity Message(PledgeCardToSend card, Strings s, PledgeCampaign campaign) => Activity.CardMessage(
        card.Card, (card.Kind == PledgeKind.Collective ? s.PledgeCollectiveHeading : s.PledgeIndividualHeading) + " — " + campaign.Definition.Title);
}
