using System.Globalization;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// <c>admin.phase.start</c> / <c>admin.phase.close</c>: the secretary starts or closes a phase (đợt thi đua). One
/// phase runs at a time; a closed phase stays closed; a double click changes nothing the second time.
/// </summary>
public sealed class AdminPhaseHandler(bool start, RoleCheck roles, CampaignStore campaigns, AdminCardFactory adminCards, TimeProvider time)
    : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => start ? AdminCard.PhaseStartVerb : AdminCard.PhaseCloseVerb;

    protected override async Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken)
    {
        var (notice, error) = await ChangeAsync(turn.Strings, caller, CardData.Id(action.Data, AdminCard.PhaseInput), cancellationToken).ConfigureAwait(false);
        return new AdminCardModel { Notices = notice is null ? [] : [notice], Errors = error is null ? [] : [error] };
    }

    private async Task<(string? Notice, string? Error)> ChangeAsync(Strings s, Caller caller, string? phaseId, CancellationToken cancellationToken)
    {
        var campaign = caller.CampaignId is null ? null : await campaigns.GetAsync(caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return (null, s.NoActiveCampaign);
        }
        var definition = CampaignFileParser.Parse(campaign.Yaml).Definition;
        var phase = campaign.Phases.FirstOrDefault(p => p.PhaseId == phaseId);
        var name = definition?.Phases.FirstOrDefault(p => p.Id == phaseId)?.Name;
        if (phase is null || name is null)
        {
            return (null, s.PhaseUnknown);
        }

        PhaseState next;
        if (start)
        {
            if (phase.Status == PhaseStatus.Active) return (Format(s.PhaseAlreadyActive, name), null);
            if (phase.Status == PhaseStatus.Closed) return (null, Format(s.PhaseAlreadyClosed, name));
            var running = campaign.Phases.FirstOrDefault(p => p.Status == PhaseStatus.Active);
            if (running is not null)
            {
                var runningName = definition!.Phases.FirstOrDefault(p => p.Id == running.PhaseId)?.Name ?? running.PhaseId;
                return (null, Format(s.PhaseOtherActive, runningName));
            }
            next = phase with { Status = PhaseStatus.Active, StartedAt = time.GetUtcNow(), ChangedByAadObjectId = caller.AadObjectId };
        }
        else
        {
            if (phase.Status == PhaseStatus.Closed) return (Format(s.PhaseAlreadyClosed, name), null);
            if (phase.Status != PhaseStatus.Active) return (null, Format(s.PhaseNotActive, name));
            next = phase with { Status = PhaseStatus.Closed, ClosedAt = time.GetUtcNow(), ChangedByAadObjectId = caller.AadObjectId };
        }

        var updated = await campaigns.SetPhaseStateAsync(caller.TenantId, campaign.CampaignId, next, cancellationToken).ConfigureAwait(false);
        return updated is null
            ? (null, s.PhaseChangedMeanwhile)
            : (Format(start ? s.PhaseStarted : s.PhaseClosedNow, name), null);
    }

    private static string Format(string template, string name) => string.Format(CultureInfo.InvariantCulture, template, name);
}
