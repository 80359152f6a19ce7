using System.Globalization;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Installs;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// <c>admin.install.missing</c>: the secretary has ThiDuaBot installed, through Microsoft Graph, for the people of the
/// running campaign the bot cannot reach because it is installed neither for them nor in a team of theirs. Never for
/// someone who removed it themselves; people without a Microsoft 365 account link are named so the secretary can link
/// them; someone asked for in the last 24 hours is not asked again, whatever Graph answered then (a double click costs
/// nothing, and people Graph refuses do not hold up the others). Each accepted or already-installed request is stored as
/// a pending install until Teams sends the personal chat; a refusal is stored as failed, to be asked again after a day.
/// </summary>
public sealed class AdminInstallMissingHandler(
    RoleCheck roles,
    AdminCardFactory adminCards,
    ReachabilityService reachability,
    TeamsAppInstaller installer,
    PendingInstallStore pendingInstalls,
    TimeProvider time) : AdminVerbHandler(roles, adminCards)
{
    /// <summary>People asked for per press, so the card answers in seconds (4 requests at a time); a second press goes on.</summary>
    public const int MaxPerPress = 40;
    /// <summary>A request younger than this is not repeated.</summary>
    public static readonly TimeSpan RepeatAfter = TimeSpan.FromHours(24);
    private const int MaxNamesShown = 10;

    public override string Verb => AdminCard.InstallMissingVerb;

    protected override async Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        if (caller.CampaignId is null)
        {
            return new AdminCardModel { Errors = [s.NoActiveCampaign] };
        }
        if (!installer.IsAvailable)
        {
            return new AdminCardModel { Errors = [s.InstallNotConfigured] };
        }

        var now = time.GetUtcNow();
        var reach = await reachability.AssessAsync(turn.Connector, caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        var ordered = reach.OrderBy(r => r.Person.UnitId ?? "", StringComparer.Ordinal).ThenBy(r => r.Person.DisplayName, TextOrder.Vietnamese).ToList();
        bool AskedRecently(PersonReach r) => r.LastRequest is { } request && now - request.RequestedAt < RepeatAfter;
        var candidates = ordered.Where(r => r.Reach == Reach.InstallPending || (r.Reach == Reach.Unreachable && r.Reason == UnreachableReason.NotInstalled)).ToList();
        var recent = candidates.Count(AskedRecently);
        var toAsk = candidates.Where(r => !AskedRecently(r)).DistinctBy(r => r.Person.AadObjectId, StringComparer.OrdinalIgnoreCase).ToList();
        var uninstalled = ordered.Count(r => r.Reason == UnreachableReason.Uninstalled);
        var unlinked = ordered.Where(r => r.Reason == UnreachableReason.NoAccountLink).Select(r => r.Person.DisplayName).ToList();

        var notices = new List<string>();
        var errors = new List<string>();
        var thisPress = toAsk.Take(MaxPerPress).ToList();
        if (thisPress.Count > 0)
        {
            var batch = await installer.InstallAsync(caller.TenantId, thisPress.Select(r => r.Person.AadObjectId!).ToList(), cancellationToken).ConfigureAwait(false);
            await RecordAsync(caller, batch, now, cancellationToken).ConfigureAwait(false);
            Report(s, batch, thisPress, notices, errors);
        }
        else
        {
            notices.Add(s.InstallNobodyToAsk);
        }
        if (toAsk.Count > thisPress.Count)
        {
            notices.Add(Format(s.InstallMoreToAsk, toAsk.Count - thisPress.Count));
        }
        if (recent > 0)
        {
            notices.Add(Format(s.InstallRecentlyRequested, recent));
        }
        if (uninstalled > 0)
        {
            notices.Add(Format(s.InstallSkippedUninstalled, uninstalled));
        }
        if (unlinked.Count > 0)
        {
            errors.Add(Format(s.InstallNoAccountLink, unlinked.Count, Names(unlinked)));
        }
        return new AdminCardModel { Notices = notices, Errors = errors };
    }

    /// <summary>
    /// Stores every answer: a pending install for everyone Graph accepted or said already has ThiDuaBot, a failed request
    /// for a refusal. No answer at all is not stored, so the next press tries again.
    /// </summary>
    private Task RecordAsync(Caller caller, InstallBatchResult batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requests = batch.Results
            .Where(r => r.Failure != InstallFailure.NoAnswer)
            .Select(r => new PendingInstall
            {
                TenantId = caller.TenantId,
                AadObjectId = PendingInstallKeys.NormalizeObjectId(r.AadObjectId),
                RequestedAt = now,
                Outcome = r.Outcome switch
                {
                    InstallOutcome.Requested => PendingInstallOutcome.Requested,
                    InstallOutcome.AlreadyInstalled => PendingInstallOutcome.AlreadyInstalled,
                    _ => PendingInstallOutcome.Failed,
                },
                RequestedByAadObjectId = caller.AadObjectId,
            })
            .ToList();
        return requests.Count == 0 ? Task.CompletedTask : pendingInstalls.UpsertAsync(requests, cancellationToken);
    }

    private static void Report(Strings s, InstallBatchResult batch, List<PersonReach> asked, List<string> notices, List<string> errors)
    {
        switch (batch.Stop)
        {
            case InstallStop.PermissionMissing:
                errors.Add(Format(s.InstallPermissionMissing, batch.StopStatus));
                break;
            case InstallStop.SignInFailed:
                errors.Add(RosterProblems.GraphSignInFailed().In(s.Language));
                break;
            case InstallStop.NotConfigured:
                errors.Add(s.InstallNotConfigured);
                break;
        }
        var requested = batch.Count(InstallOutcome.Requested);
        var already = batch.Count(InstallOutcome.AlreadyInstalled);
        if (requested > 0)
        {
            notices.Add(Format(s.InstallRequested, requested));
        }
        if (already > 0)
        {
            notices.Add(Format(s.InstallAlreadyInstalled, already));
        }
        if (batch.Stop != InstallStop.None && batch.NotAsked > 0)
        {
            errors.Add(Format(s.InstallNotAsked, batch.NotAsked));
        }

        var names = asked.ToDictionary(r => r.Person.AadObjectId!, r => r.Person.DisplayName, StringComparer.OrdinalIgnoreCase); // distinct ids
        var failed = batch.Results.Where(r => r.Outcome == InstallOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            errors.Add(Format(s.InstallFailedHeading, failed.Count));
            errors.AddRange(failed.Take(MaxNamesShown).Select(r => names.GetValueOrDefault(r.AadObjectId, r.AadObjectId) + ": " + FailureText(s, r)));
            if (failed.Count > MaxNamesShown)
            {
                errors.Add(Format(s.MoreProblems, failed.Count - MaxNamesShown));
            }
        }
    }

    private static string FailureText(Strings s, PersonInstallResult result) => result.Failure switch
    {
        InstallFailure.NotFound => s.InstallFailedNotFound,
        InstallFailure.Refused => s.InstallFailedRefused,
        InstallFailure.InvalidObjectId => s.InstallFailedInvalidId,
        InstallFailure.NoAnswer => s.InstallFailedNoAnswer,
        _ => Format(s.InstallFailedOther, result.Status),
    };

    private static string Names(List<string> names) =>
        string.Join(", ", names.Take(MaxNamesShown)) + (names.Count > MaxNamesShown ? $" (+{names.Count - MaxNamesShown})" : "");

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
