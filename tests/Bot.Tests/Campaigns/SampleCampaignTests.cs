using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.TestSupport;

namespace ThiDuaBot.Bot.Tests.Campaigns;

/// <summary>The sample campaign is the seed plan of 2013, complete, and it must always load.</summary>
public sealed class SampleCampaignTests
{
    private static readonly CampaignDefinition Sample = SampleCampaign.Load();

    [Fact]
    public void Embedded_sample_parses_with_no_errors()
    {
        var result = CampaignFileParser.Parse(SampleCampaign.ReadYaml());

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Embedded_sample_is_the_file_in_the_campaigns_folder()
    {
        var onDisk = File.ReadAllText(RepositoryRoot.Combine("campaigns", SampleCampaign.FileName));

        Assert.Equal(onDisk, SampleCampaign.ReadYaml());
        Assert.True(onDisk.Length < CampaignFileLimits.MaxFileCharacters);
    }

    [Fact]
    public void Sample_carries_the_plan_header_goals_and_slogan_of_the_seed()
    {
        Assert.Equal("ke-hoach-thi-dua-2013", Sample.Id);
        Assert.Equal(2013, Sample.Year);
        Assert.Equal("Asia/Ho_Chi_Minh", Sample.TimeZoneId);
        Assert.Equal("M/KH-KHCN", Sample.Plan.Number);
        Assert.Equal(new DateOnly(2013, 3, 5), Sample.Plan.Date);
        Assert.Equal("Bắc Giang", Sample.Plan.Place);
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Bắc Giang", Sample.Plan.Issuer);
        Assert.Equal(new PlanSigner("Giám đốc", "Nguyễn Đức Kiên"), Sample.Plan.Signer);
        Assert.Equal("Kế hoạch thi đua kỷ niệm 65 năm Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc", Sample.Title);
        Assert.Equal(2, Sample.Goals.Count);
        Assert.Contains("“Đồng thuận cao, thi đua giỏi, về đích sớm”", Sample.Goals[0]);
        Assert.StartsWith("Nâng cao chất lượng phong trào thi đua yêu nước", Sample.Goals[1]);
        Assert.Equal("Đồng thuận cao, thi đua giỏi, về đích sớm", Sample.Slogan);
    }

    [Fact]
    public void Sample_has_the_eight_content_areas_with_their_full_text()
    {
        Assert.Equal(8, Sample.ContentAreas.Count);
        Assert.All(Sample.ContentAreas, area => Assert.False(string.IsNullOrWhiteSpace(area.Description)));
        Assert.StartsWith("Tiếp tục chỉ đạo tổ chức có hiệu quả phong trào thi đua “Bắc Giang chung sức xây dựng nông thôn", Sample.ContentAreas[0].Description);
        Assert.Contains("100% các văn bản tham mưu, đề xuất được ghi nhận.", Sample.ContentAreas[1].Description);
        Assert.Contains("áp dụng quy trình ISO", Sample.ContentAreas[2].Description);
        Assert.Contains("Chương trình Nông thôn-Miền núi.", Sample.ContentAreas[6].Description);
        Assert.EndsWith("quảng bá thương hiệu cho các sản phẩm đặc sản của tỉnh.", Sample.ContentAreas[7].Description);
    }

    [Fact]
    public void Sample_has_the_two_phases_with_their_dates_and_occasions()
    {
        Assert.Collection(Sample.Phases,
            first =>
            {
                Assert.Equal((new DateOnly(2013, 3, 1), new DateOnly(2013, 6, 30)), (first.Start, first.End));
                Assert.Equal([new DateOnly(2013, 4, 30), new DateOnly(2013, 5, 1), new DateOnly(2013, 5, 19)], first.Occasions.Select(o => o.Date));
                Assert.Contains("123 năm", first.Occasions[2].Name);
            },
            second =>
            {
                Assert.Equal((new DateOnly(2013, 7, 1), new DateOnly(2013, 12, 31)), (second.Start, second.End));
                Assert.Equal([new DateOnly(2013, 8, 19), new DateOnly(2013, 9, 2), null], second.Occasions.Select(o => o.Date));
                Assert.Contains("52 năm thành lập Ngành Khoa học và Công nghệ tỉnh Bắc Giang", second.Occasions[2].Name);
            });
        Assert.Equal("dot-2", Sample.PhaseOn(new DateOnly(2013, 9, 2))?.Id);
    }

    [Fact]
    public void Sample_schedules_pledges_monthly_reports_and_reminders()
    {
        Assert.Equal(new DateOnly(2013, 3, 20), Sample.PledgeDeadline);
        Assert.Equal(new MonthlyReporting(StaffReportDay: 20, UnitReportDay: 25), Sample.MonthlyReporting);
        Assert.Equal([3, 1], Sample.Reminders.Pledge.DaysBeforeDeadline);
        Assert.Equal([1, 3], Sample.Reminders.MonthlyProgress.DaysAfterReportDay);
        Assert.Equal(3, Sample.Reminders.MaxPerPrompt);
    }

    [Fact]
    public void Sample_has_the_titles_and_award_forms_of_the_emulation_law()
    {
        Assert.Equal(["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"], Sample.Titles.Individual.Select(title => title.Name));
        Assert.Equal(["Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc"], Sample.Titles.Collective.Select(title => title.Name));
        Assert.All(Sample.Titles.All, title => Assert.False(string.IsNullOrWhiteSpace(title.Requirements)));
        Assert.Equal(["Giấy khen", "Bằng khen"], Sample.AwardForms.Select(form => form.Name));
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang", Sample.AwardForms[1].Issuer);
    }

    [Fact]
    public void Sample_vote_rule_asks_more_for_chien_si_thi_dua_co_so_than_for_lao_dong_tien_tien()
    {
        var rule = Sample.VoteRule;
        const int council = 9;

        // Quorum 2/3 of 9 members: 6 ballots count, 5 do not.
        Assert.True(rule.HasQuorum(votesCast: 6, council));
        Assert.False(rule.HasQuorum(votesCast: 5, council));

        // Lao động tiên tiến: more than half of the ballots cast.
        var laoDong = rule.ForTitle("lao-dong-tien-tien");
        Assert.True(rule.Carries(laoDong, inFavour: 4, votesCast: 7, council));
        Assert.False(rule.Carries(laoDong, inFavour: 3, votesCast: 6, council));

        // Chiến sĩ thi đua cơ sở: at least 70% of all 9 members, i.e. 7 — absent members count against.
        var chienSi = rule.ForTitle("chien-si-thi-dua-co-so");
        Assert.Equal(7, chienSi.Share.MinimumOf(council));
        Assert.True(rule.Carries(chienSi, inFavour: 7, votesCast: 7, council));
        Assert.False(rule.Carries(chienSi, inFavour: 6, votesCast: 6, council));

        Assert.Equal(VoteBase.Members, rule.ForAwardForm("bang-khen-ubnd-tinh").Base);
        Assert.Same(rule.Default, rule.ForAwardForm("giay-khen"));
    }
}
