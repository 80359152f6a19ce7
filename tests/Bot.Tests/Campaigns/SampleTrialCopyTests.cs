using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Tests.Campaigns;

/// <summary>The sample moved to another year for the local run: every date moves, nothing else does.</summary>
public sealed class SampleTrialCopyTests
{
    [Theory]
    [InlineData(2024)] // a leap year
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2031)]
    public void Every_date_of_the_sample_moves_to_the_year_and_the_copy_is_a_valid_campaign(int year)
    {
        var original = SampleCampaign.Load();
        var parsed = CampaignFileParser.Parse(SampleCampaign.ReadYamlForYear(year));

        Assert.True(parsed.IsValid, string.Join(" | ", parsed.Errors.Select(e => e.MessageEn)));
        var copy = parsed.Definition!;
        var shift = year - original.Year;
        Assert.Equal(("ke-hoach-thi-dua-" + year, year), (copy.Id, copy.Year));
        Assert.Equal(original.PledgeDeadline.AddYears(shift), copy.PledgeDeadline);
        Assert.Equal(original.Plan.Date.AddYears(shift), copy.Plan.Date);
        Assert.Equal(original.Phases.Count, copy.Phases.Count);
        for (var i = 0; i < copy.Phases.Count; i++)
        {
            Assert.Equal(original.Phases[i].Start.AddYears(shift), copy.Phases[i].Start);
            Assert.Equal(original.Phases[i].End.AddYears(shift), copy.Phases[i].End);
            Assert.Equal(original.Phases[i].Occasions.Select(o => o.Date?.AddYears(shift)), copy.Phases[i].Occasions.Select(o => o.Date));
        }
        Assert.Equal(original.ContentAreas, copy.ContentAreas);
        Assert.Equal(original.Goals, copy.Goals);
        Assert.Equal(original.Title + $" (bản chạy thử năm {year})", copy.Title);
    }

    [Theory]
    [InlineData("2026-01-01", 2026)]
    [InlineData("2026-03-20", 2026)] // the deadline day is still open
    [InlineData("2026-03-21", 2027)]
    [InlineData("2026-11-27", 2027)]
    [InlineData("2026-12-31", 2027)]
    public void The_trial_year_is_the_first_whose_pledge_deadline_is_not_past(string today, int year)
    {
        Assert.Equal(year, SampleCampaign.TrialYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
