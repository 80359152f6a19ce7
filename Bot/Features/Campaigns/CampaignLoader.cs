using System.Globalization;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// Loads a campaign file for the secretary: refuses a bad file with every mistake (nothing stored), stores a good
/// one as the campaign's next version (earlier versions and everything collected are kept), says what changed,
/// makes it the tenant's running campaign, and carries the roster over from the campaign that ran before.
/// </summary>
public sealed class CampaignLoader(CampaignStore campaigns, TenantSettingsStore settings, RosterStore roster, TimeProvider time, ILogger<CampaignLoader> logger)
{
    private const int MaxShownErrors = 15;
    private const int MaxShownChanges = 15;

    public async Task<CampaignLoadResult> LoadAsync(Caller caller, Strings strings, string yaml, CancellationToken cancellationToken)
    {
        var english = strings.Language == Language.English;
        var parsed = CampaignFileParser.Parse(yaml);
        if (!parsed.IsValid)
        {
            var errors = new List<string> { strings.CampaignRefused };
            errors.AddRange(parsed.Errors.Take(MaxShownErrors).Select(e => e.Message(english)));
            if (parsed.Errors.Count > MaxShownErrors)
            {
                errors.Add(Format(strings.MoreProblems, parsed.Errors.Count - MaxShownErrors));
            }
            return new CampaignLoadResult(false, [], errors);
        }

        var definition = parsed.Definition!;
        var existing = await campaigns.GetAsync(caller.TenantId, definition.Id, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.Yaml == yaml)
        {
            await MakeActiveAsync(caller, definition, strings, [], cancellationToken).ConfigureAwait(false);
            return new CampaignLoadResult(false, [strings.CampaignUnchanged], []);
        }

        var changes = existing is not null && CampaignFileParser.Parse(existing.Yaml).Definition is { } before
            ? CampaignDiff.Between(before, definition)
            : [];
        var stored = await campaigns.SaveVersionAsync(
            caller.TenantId,
            definition.Id,
            definition.Title,
            yaml,
            definition.Phases.Select(p => p.Id).ToList(),
            existing?.Version ?? 0,
            caller.AadObjectId,
            changes.Count == 0 ? null : string.Join('\n', changes.Select(c => c.DescriptionVi)),
            time.GetUtcNow(),
            cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return CampaignLoadResult.Refused(strings.CampaignConflict);
        }
        logger.LogInformation("Campaign {CampaignId} version {Version} loaded", definition.Id, stored.Version);

        var notices = new List<string> { Format(strings.CampaignLoaded, definition.Title, stored.Version) };
        if (changes.Count > 0)
        {
            notices.Add(strings.CampaignChangesHeading);
            notices.AddRange(changes.Take(MaxShownChanges).Select(c => "• " + c.Description(english)));
            if (changes.Count > MaxShownChanges)
            {
                notices.Add(Format(strings.MoreProblems, changes.Count - MaxShownChanges));
            }
            if (changes.Any(c => c.MayOrphanData))
            {
                notices.Add(strings.CampaignOrphanWarning);
            }
        }
        await MakeActiveAsync(caller, definition, strings, notices, cancellationToken).ConfigureAwait(false);
        return new CampaignLoadResult(true, notices, []);
    }

    private async Task MakeActiveAsync(Caller caller, CampaignDefinition definition, Strings strings, List<string> notices, CancellationToken cancellationToken)
    {
        var previousId = (await settings.GetAsync(caller.TenantId, cancellationToken).ConfigureAwait(false)).ActiveCampaignId;
        if (previousId == definition.Id)
        {
            return;
        }
        await settings.UpdateAsync(caller.TenantId, s => s with { ActiveCampaignId = definition.Id }, cancellationToken).ConfigureAwait(false);
        if (previousId is null)
        {
            return;
        }
        var previous = await campaigns.GetAsync(caller.TenantId, previousId, cancellationToken).ConfigureAwait(false);
        notices.Add(Format(strings.CampaignNowActive, previous?.Title ?? previousId));

        // A new year's campaign starts with last year's people, so the secretary does not face an empty roster.
        if ((await roster.ListPeopleAsync(caller.TenantId, definition.Id, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        var people = (await roster.ListPeopleAsync(caller.TenantId, previousId, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Active).Select(p => p with { AddedAt = now, UpdatedAt = now }).ToList();
        var units = (await roster.ListUnitsAsync(caller.TenantId, previousId, cancellationToken).ConfigureAwait(false))
            .Where(u => u.Active).Select(u => u with { AddedAt = now }).ToList();
        if (people.Count == 0)
        {
            return;
        }
        await roster.ApplyAsync(caller.TenantId, definition.Id, new RosterChanges(people, units), cancellationToken).ConfigureAwait(false);
        notices.Add(Format(strings.RosterCopied, people.Count, units.Count));
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
