using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>The council digest of a month, loaded (<see cref="DigestLoader"/>), built (<see cref="DigestBuilder"/>) and made a card.</summary>
public sealed class DigestService(DigestLoader loader, DigestCardFactory cards, TimeProvider time)
{
    public async Task<MonthlyDigest> BuildAsync(PledgeCampaign campaign, ProgressMonth month, Strings s, CancellationToken cancellationToken) =>
        DigestBuilder.Build(campaign, month, await loader.LoadAsync(campaign, month, cancellationToken).ConfigureAwait(false), s);

    public Task<JsonObject> CardAsync(PledgeCampaign campaign, MonthlyDigest digest, Strings s, bool official, CancellationToken cancellationToken) =>
        cards.BuildAsync(campaign, digest, s, official, cancellationToken);

    /// <summary>
    /// The month a digest without a month is about: the last month whose staff report day has passed (the current one
    /// after its report day, else the one before); the current month when that one has no day in a phase.
    /// </summary>
    public ProgressMonth DefaultMonth(PledgeCampaign campaign)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var current = ProgressMonth.Current(campaign, now);
        var candidate = today > ProgressSlots.StaffDueDate(campaign, current) ? current : new ProgressMonth(current.First.AddMonths(-1));
        return candidate.Phases(campaign.Definition).Count > 0 ? candidate : current;
    }

    /// <summary>Why a digest of <paramref name="month"/> cannot be made now (future, outside every phase), or null.</summary>
    public string? Refusal(PledgeCampaign campaign, ProgressMonth month, Strings s)
    {
        if (month.First > ProgressMonth.Current(campaign, time.GetUtcNow()).First)
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, s.DigestFutureMonth, month.Text);
        }
        return month.Phases(campaign.Definition).Count == 0
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, s.DigestOutsidePhases, month.Text)
            : null;
    }
}
