using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>A range of reporting months, first to last inclusive.</summary>
public sealed record ExportMonths(ProgressMonth From, ProgressMonth To)
{
    public IEnumerable<ProgressMonth> All()
    {
        for (var month = From.First; month <= To.First; month = month.AddMonths(1))
        {
            yield return new ProgressMonth(month);
        }
    }

    public bool Contains(ProgressMonth month) => month.First >= From.First && month.First <= To.First;

    /// <summary>Every month with a day in one of the campaign's phases: the first phase's month to the last phase's.</summary>
    public static ExportMonths Campaign(PledgeCampaign campaign)
    {
        var phases = campaign.Definition.Phases;
        var start = phases.Min(p => p.Start);
        var end = phases.Max(p => p.End);
        return new ExportMonths(new ProgressMonth(new DateOnly(start.Year, start.Month, 1)), new ProgressMonth(new DateOnly(end.Year, end.Month, 1)));
    }

    public string Text => From == To ? From.Text : From.Text + " – " + To.Text;
}
