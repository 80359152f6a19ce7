using System.Globalization;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// The secretary's roster import into the running campaign, from CSV bytes or Microsoft Graph, and the report of it
/// in the secretary's language: counts, then names added, changed, left, and every skipped row with its reason.
/// </summary>
public sealed class RosterImportService(
    RosterImporter importer,
    GraphRosterReader graph,
    IOptions<SetupOptions> setup,
    PledgeLaunchService launch,
    IServiceProvider services,
    TimeProvider time)
{
    private const int MaxNamesShown = 10;

    public async Task<RosterImportResult> ImportCsvAsync(Caller caller, Strings strings, byte[] content, CancellationToken cancellationToken)
    {
        if (caller.CampaignId is null)
        {
            return new RosterImportResult(false, [], [strings.NoActiveCampaign]);
        }
        var read = CsvRosterReader.Read(content);
        if (!read.Succeeded)
        {
            return new RosterImportResult(false, [], [strings.RosterRefused, read.Error!.In(strings.Language)]);
        }
        return await ImportAsync(caller, strings, read.Rows, [], cancellationToken).ConfigureAwait(false);
    }

    public async Task<RosterImportResult> ImportGraphAsync(Caller caller, Strings strings, CancellationToken cancellationToken)
    {
        if (caller.CampaignId is null)
        {
            return new RosterImportResult(false, [], [strings.NoActiveCampaign]);
        }
        var read = await graph.ReadAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        if (!read.Succeeded)
        {
            return new RosterImportResult(false, [], [strings.RosterRefused, read.Error!.In(strings.Language)]);
        }
        var extra = new List<string>();
        if (read.SkippedDisabled + read.SkippedGuests + read.SkippedOtherDepartments > 0)
        {
            extra.Add(Format(strings.RosterGraphSkipped, read.SkippedDisabled, read.SkippedGuests, read.SkippedOtherDepartments));
        }
        if (!read.ManagersRead)
        {
            extra.Add(strings.RosterGraphNoManagers);
        }
        return await ImportAsync(caller, strings, read.Rows, extra, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RosterImportResult> ImportAsync(Caller caller, Strings strings, IReadOnlyList<RosterRow> rows, List<string> extra, CancellationToken cancellationToken)
    {
        var report = await importer.ImportAsync(caller.TenantId, caller.CampaignId!, rows, setup.Value.Secretaries, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var notices = new List<string>();
        var errors = new List<string>();
        if (report.Warning is { } warning)
        {
            errors.Add(warning.In(strings.Language));
        }
        notices.Add(report.HasChanges || report.Rejected.Count > 0
            ? Format(strings.RosterImported, report.Added.Count, report.Changed.Count, report.Removed.Count, report.Unchanged, report.Rejected.Count)
            : strings.RosterNothingChanged);
        AddNames(notices, strings.RosterAddedHeading, report.Added);
        AddNames(notices, strings.RosterChangedHeading, report.Changed);
        AddNames(notices, strings.RosterLeftHeading, report.Removed);
        if (report.UnitsAdded.Count > 0)
        {
            notices.Add(Format(strings.RosterUnitsAdded, string.Join(", ", report.UnitsAdded.Select(u => u.Name))));
        }
        if (report.UnitsDeactivated.Count > 0)
        {
            notices.Add(Format(strings.RosterUnitsDeactivated, string.Join(", ", report.UnitsDeactivated.Select(u => u.Name))));
        }
        notices.AddRange(extra);
        // People added, or whose unit or roles changed (a new unit head), get the pledge cards they are missing if the round is running.
        var changed = report.Added.Concat(report.Changed).Select(p => p.SignInName).ToList();
        if (changed.Count > 0)
        {
            var sent = await launch.SendToPeopleAsync(services.GetRequiredService<ConnectorClient>(), caller.TenantId, caller.CampaignId!, changed, cancellationToken).ConfigureAwait(false);
            if (sent > 0)
            {
                notices.Add(Format(strings.LaunchSentToNewPeople, sent));
            }
        }
        if (report.Rejected.Count > 0)
        {
            errors.Add(strings.RosterRejectedHeading);
            errors.AddRange(report.Rejected.Take(MaxNamesShown).Select(r => Format(strings.RosterRejectedLine, r.Line, r.Problem.In(strings.Language))));
            if (report.Rejected.Count > MaxNamesShown)
            {
                errors.Add(Format(strings.MoreProblems, report.Rejected.Count - MaxNamesShown));
            }
        }
        if (report.SecretariesMissing.Count > 0)
        {
            errors.Add(Format(strings.RosterSecretariesMissing, string.Join(", ", report.SecretariesMissing)));
        }
        return new RosterImportResult(true, notices, errors);
    }

    private static void AddNames(List<string> lines, string heading, IReadOnlyList<PersonChange> people)
    {
        if (people.Count == 0)
        {
            return;
        }
        var names = string.Join(", ", people.Take(MaxNamesShown).Select(p => p.DisplayName));
        lines.Add(heading + " " + names + (people.Count > MaxNamesShown ? $" (+{people.Count - MaxNamesShown})" : ""));
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
