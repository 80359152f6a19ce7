using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// Builds pledge cards from storage: the form (empty, prefilled for an edit, or a refused submission with its
/// errors), the summary of a stored pledge (with what changed since the version before), and the card a person
/// should see now. The launch uses <see cref="BuildForPersonAsync(string, string, string, Language, CancellationToken)"/>.
/// </summary>
public sealed class PledgeCardFactory(PledgeCampaigns campaigns, PledgeStore pledges, RosterStore roster, TimeProvider time)
{
    /// <summary>A new card instance id: a submission with a nonce already stored is a double click.</summary>
    public static string NewNonce() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// A person's pledge card(s) in the campaign, as they should be sent now: their own (the form, or the summary if
    /// they have pledged), and for a unit head the unit's as well. Empty when the campaign or the person is unknown.
    /// </summary>
    public async Task<IReadOnlyList<PledgeCardToSend>> BuildForPersonAsync(string tenantId, string campaignId, string signInName, Language language, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.LoadAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        var person = await roster.GetPersonAsync(tenantId, campaignId, signInName, cancellationToken).ConfigureAwait(false);
        return campaign is null || person is null
            ? []
            : await BuildForPersonAsync(campaign, person, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The same for a campaign already loaded (load it once for many people). <paramref name="kinds"/> limits the
    /// cards to those kinds; <paramref name="notices"/> are shown on top of each card (a reminder's words).
    /// </summary>
    public async Task<IReadOnlyList<PledgeCardToSend>> BuildForPersonAsync(
        PledgeCampaign campaign, Person person, Language language, CancellationToken cancellationToken,
        IReadOnlyCollection<PledgeKind>? kinds = null, Func<Strings, PledgeKind, IReadOnlyList<string>>? notices = null)
    {
        var strings = Strings.For(language);
        var cards = new List<PledgeCardToSend>();
        foreach (var kind in new[] { PledgeKind.Individual, PledgeKind.Collective })
        {
            if (PledgeRights.CanPledge(person, kind) && (kinds is null || kinds.Contains(kind)))
            {
                var card = await CurrentAsync(campaign, strings, person, kind, [], cancellationToken, notices?.Invoke(strings, kind) ?? []).ConfigureAwait(false);
                cards.Add(new PledgeCardToSend(kind, PledgeRights.SubjectOf(person, kind), card));
            }
        }
        return cards;
    }

    /// <summary>
    /// The card the person should see for their pledge of <paramref name="kind"/>: the summary once pledged (final
    /// after the deadline), the form before, a closed notice when the deadline passed with nothing pledged.
    /// </summary>
    public async Task<JsonObject> CurrentAsync(
        PledgeCampaign campaign, Strings s, Person person, PledgeKind kind, IReadOnlyList<string> errors, CancellationToken cancellationToken,
        IReadOnlyList<string>? notices = null)
    {
        var subject = PledgeRights.SubjectOf(person, kind);
        var pledge = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, kind, subject, cancellationToken).ConfigureAwait(false);
        if (pledge is not null)
        {
            return await SummaryAsync(campaign, s, person, pledge, notices ?? [], errors, cancellationToken).ConfigureAwait(false);
        }
        if (!campaign.IsOpen(time.GetUtcNow()))
        {
            return Closed(campaign, s, person, kind, [.. errors, Format(s.PledgeDeadlinePassedNotPledged, ShowDate(campaign.Deadline))]);
        }
        return Form(campaign, s, person, kind, PledgeFormValues.Empty, NewNonce(), errors, notices ?? [], refresh: errors.Count == 0);
    }

    public JsonObject Form(
        PledgeCampaign campaign, Strings s, Person person, PledgeKind kind, PledgeFormValues values, string nonce,
        IReadOnlyList<string> errors, IReadOnlyList<string> notices, bool refresh = false) =>
        PledgeCard.Form(s, new PledgeFormModel
        {
            Action = Action(campaign, person, kind, nonce),
            CampaignTitle = campaign.Definition.Title,
            PersonName = person.DisplayName,
            UnitName = campaign.UnitName(person.UnitId, s),
            Deadline = campaign.Deadline,
            Titles = campaign.Titles(kind).Select(t => new PledgeChoice(t.Id, t.Name)).ToList(),
            ContentAreas = campaign.Definition.ContentAreas.Select(a => new PledgeChoice(a.Id, a.Title)).ToList(),
            Numbers = PledgeNumberTarget.For(kind)
                .Select(n => new PledgeNumberInput(n.Id, n.Label(s), n.Max, values.Numbers.GetValueOrDefault(n.Id)))
                .ToList(),
            TitleId = values.TitleId,
            ContentAreaIds = values.ContentAreaIds,
            Targets = values.Targets,
            Commitment = values.Commitment,
            Errors = errors,
            Notices = notices,
            Refresh = refresh,
        });

    /// <summary>The summary of <paramref name="pledge"/>, editable until the deadline, with the changes from the version before.</summary>
    public async Task<JsonObject> SummaryAsync(
        PledgeCampaign campaign, Strings s, Person person, StoredPledge pledge,
        IReadOnlyList<string> notices, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var changes = new List<string>();
        if (pledge.Version > 1
            && await pledges.GetVersionAsync(campaign.TenantId, campaign.CampaignId, pledge.Kind, pledge.Subject, pledge.Version - 1, cancellationToken).ConfigureAwait(false) is { } previous)
        {
            changes = Describe(campaign, s, pledge.Kind, PledgeDiff.Between(previous.Content, pledge.Content));
        }
        var content = pledge.Content;
        return PledgeCard.Summary(s, new PledgeSummaryModel
        {
            Action = Action(campaign, person, pledge.Kind, NewNonce()),
            CampaignTitle = campaign.Definition.Title,
            PersonName = pledge.Kind == PledgeKind.Collective ? pledge.SavedBy.Name ?? person.DisplayName : person.DisplayName,
            UnitName = campaign.UnitName(pledge.Kind == PledgeKind.Collective ? pledge.Subject : person.UnitId, s),
            Deadline = campaign.Deadline,
            Editable = campaign.IsOpen(time.GetUtcNow()),
            TitleName = campaign.TitleName(content.TitleId),
            ContentAreaTitles = content.ContentAreaIds.Select(campaign.AreaTitle).ToList(),
            Targets = content.Targets,
            Numbers = PledgeNumberTarget.For(pledge.Kind)
                .Where(n => content.Numbers.ContainsKey(n.Id))
                .Select(n => new PledgeNumberValue(n.ShortLabel(s), content.Numbers[n.Id]))
                .ToList(),
            Commitment = content.Commitment,
            Version = pledge.Version,
            SavedAt = campaign.Local(pledge.SavedAt),
            Changes = changes,
            Notices = notices,
            Errors = errors,
        });
    }

    public static JsonObject Closed(PledgeCampaign campaign, Strings s, Person person, PledgeKind kind, IReadOnlyList<string> messages) =>
        PledgeCard.Closed(s, kind == PledgeKind.Collective, campaign.Definition.Title, person.DisplayName, campaign.UnitName(person.UnitId, s), string.Join("\n\n", messages));

    /// <summary>One line per change, in the card's language, naming titles and content areas as the campaign does now.</summary>
    public static List<string> Describe(PledgeCampaign campaign, Strings s, PledgeKind kind, PledgeDiff diff)
    {
        var lines = new List<string>();
        if (diff.TitleChanged)
        {
            lines.Add(Format(s.PledgeChangedTitle, campaign.TitleName(diff.TitleBefore ?? ""), campaign.TitleName(diff.TitleAfter ?? "")));
        }
        if (diff.AreasAdded.Count > 0)
        {
            lines.Add(Format(s.PledgeChangedAreasAdded, string.Join("; ", diff.AreasAdded.Select(campaign.AreaTitle))));
        }
        if (diff.AreasRemoved.Count > 0)
        {
            lines.Add(Format(s.PledgeChangedAreasRemoved, string.Join("; ", diff.AreasRemoved.Select(campaign.AreaTitle))));
        }
        if (diff.TargetsChanged)
        {
            lines.Add(s.PledgeChangedTargets);
        }
        foreach (var number in diff.Numbers)
        {
            var label = PledgeNumberTarget.For(kind).FirstOrDefault(n => n.Id == number.Id)?.ShortLabel(s) ?? number.Id;
            lines.Add(string.Format(CultureInfo.InvariantCulture, s.PledgeChangedNumber, label, Show(s, number.Before), Show(s, number.After)));
        }
        if (diff.CommitmentChanged)
        {
            lines.Add(s.PledgeChangedCommitment);
        }
        return lines;
    }

    public static string ShowDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static PledgeActionData Action(PledgeCampaign campaign, Person person, PledgeKind kind, string nonce) =>
        new(campaign.CampaignId, campaign.Version, PledgeRights.SubjectOf(person, kind), kind == PledgeKind.Collective, nonce);

    private static string Show(Strings s, int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? s.PledgeNotGiven;

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
