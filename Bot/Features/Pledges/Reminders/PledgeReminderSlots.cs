namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>
/// When the automatic pledge reminders of a campaign fall, from its reminder policy, in its time zone (read through
/// <see cref="TimeZoneInfo"/>, so a zone with daylight saving time works as well as Asia/Ho_Chi_Minh).
/// </summary>
public static class PledgeReminderSlots
{
    /// <summary>Every slot of the campaign, earliest first.</summary>
    public static IReadOnlyList<PledgeReminderSlot> All(PledgeCampaign campaign)
    {
        var policy = campaign.Definition.Reminders.Pledge;
        var zone = campaign.Definition.TimeZone;
        return policy.DaysBeforeDeadline
            .Select(days =>
            {
                var local = campaign.Deadline.AddDays(-days).ToDateTime(policy.Time, DateTimeKind.Unspecified);
                return new PledgeReminderSlot(local, ToInstant(local, zone), days);
            })
            .OrderBy(slot => slot.At)
            .ToList();
    }

    /// <summary>
    /// The slot to send at <paramref name="now"/>, if any: the latest one that has come, provided it came after the
    /// launch, on the same local day as <paramref name="now"/> and at most <paramref name="lateWindow"/> ago. A slot
    /// missed while no instance ran is thus sent late the same day, within the window, or never; earlier missed
    /// slots are never sent in a pile.
    /// </summary>
    public static PledgeReminderSlot? Due(PledgeCampaign campaign, DateTimeOffset now, DateTimeOffset launchedAt, TimeSpan lateWindow)
    {
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var latest = All(campaign).LastOrDefault(slot => slot.At <= now);
        return latest is not null && latest.At > launchedAt && latest.LocalDate == today && now - latest.At <= lateWindow
            ? latest
            : null;
    }

    /// <summary>
    /// The instant of a local time in <paramref name="zone"/>. A time skipped by a daylight-saving change is moved to the
    /// first minute after the gap; a time that happens twice is taken as its standard-time (later) occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var time = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (var step = 0; zone.IsInvalidTime(time) && step < 24 * 60; step++)
        {
            time = time.AddMinutes(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(time, zone), TimeSpan.Zero);
    }
}
