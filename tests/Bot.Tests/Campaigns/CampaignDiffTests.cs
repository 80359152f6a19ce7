using ThiDuaBot.Bot.Features.Campaigns;
using static ThiDuaBot.Bot.Tests.Campaigns.CampaignYaml;
using Kind = ThiDuaBot.Bot.Features.Campaigns.CampaignChangeKind;

namespace ThiDuaBot.Bot.Tests.Campaigns;

public sealed class CampaignDiffTests
{
    private static readonly CampaignDefinition Before = Parse(Valid);

    private static CampaignChange OnlyChange(string oldText, string newText)
    {
        var changes = CampaignDiff.Between(Before, Parse(With(oldText, newText)));
        var change = Assert.Single(changes);
        Assert.False(string.IsNullOrWhiteSpace(change.DescriptionVi));
        Assert.False(string.IsNullOrWhiteSpace(change.DescriptionEn));
        Assert.NotEqual(change.DescriptionVi, change.DescriptionEn);
        return change;
    }

    [Fact]
    public void Same_file_has_no_changes()
    {
        Assert.Empty(CampaignDiff.Between(Before, Parse(Valid)));
    }

    [Fact]
    public void Comments_and_layout_are_not_changes()
    {
        var reformatted = Valid.Replace("year: 2013", "# năm\nyear:    2013").Replace("[3, 1]", "\n      - 3\n      - 1");

        Assert.Empty(CampaignDiff.Between(Before, Parse(reformatted)));
    }

    [Fact]
    public void Moved_phase_dates_are_described_with_old_and_new_dates()
    {
        var change = OnlyChange("    end: 2013-12-31", "    end: 2013-12-20");

        Assert.Equal(Kind.PhaseDatesChanged, change.Kind);
        Assert.Equal("dot-2", change.Subject);
        Assert.Contains("01/07/2013–31/12/2013", change.DescriptionVi);
        Assert.Contains("01/07/2013–20/12/2013", change.DescriptionVi);
        Assert.False(change.MayOrphanData);
    }

    [Fact]
    public void Added_content_area_is_described_and_harmless()
    {
        var change = OnlyChange("    title: Nội dung hai\n", "    title: Nội dung hai\n  - id: noi-dung-3\n    title: Nội dung ba\n");

        Assert.Equal(Kind.ContentAreaAdded, change.Kind);
        Assert.Equal("noi-dung-3", change.Subject);
        Assert.Contains("Nội dung ba", change.DescriptionVi);
        Assert.False(change.MayOrphanData);
    }

    [Fact]
    public void Removed_content_area_may_orphan_collected_data()
    {
        var change = OnlyChange("  - id: noi-dung-2\n    title: Nội dung hai\n", "");

        Assert.Equal(Kind.ContentAreaRemoved, change.Kind);
        Assert.Equal("noi-dung-2", change.Subject);
        Assert.True(change.MayOrphanData);
    }

    [Fact]
    public void Same_id_with_a_new_name_is_a_rename_not_a_removal()
    {
        var change = OnlyChange("    title: Nội dung hai", "    title: Nội dung hai (sửa)");

        Assert.Equal(Kind.ContentAreaRenamed, change.Kind);
        Assert.Contains("“Nội dung hai”", change.DescriptionVi);
        Assert.Contains("“Nội dung hai (sửa)”", change.DescriptionVi);
        Assert.False(change.MayOrphanData);
    }

    [Fact]
    public void New_id_for_the_same_name_is_a_removal_and_an_addition()
    {
        var changes = CampaignDiff.Between(Before, Parse(With("  - id: noi-dung-2", "  - id: noi-dung-hai")));

        Assert.Equal([Kind.ContentAreaRemoved, Kind.ContentAreaAdded], changes.Select(change => change.Kind));
        Assert.True(changes[0].MayOrphanData);
    }

    [Fact]
    public void Moved_pledge_deadline_is_described_with_both_dates()
    {
        var change = OnlyChange("pledgeDeadline: 2013-03-20", "pledgeDeadline: 2013-03-31");

        Assert.Equal(Kind.PledgeDeadlineMoved, change.Kind);
        Assert.Contains("20/03/2013", change.DescriptionVi);
        Assert.Contains("31/03/2013", change.DescriptionEn);
    }

    [Fact]
    public void Added_and_removed_titles_are_described_and_removal_may_orphan_data()
    {
        var added = OnlyChange("      name: Tập thể lao động tiên tiến\n",
            "      name: Tập thể lao động tiên tiến\n    - id: tap-the-lao-dong-xuat-sac\n      name: Tập thể lao động xuất sắc\n");
        Assert.Equal(Kind.TitleAdded, added.Kind);
        Assert.Contains("tập thể", added.DescriptionVi);
        Assert.False(added.MayOrphanData);

        var removed = OnlyChange("  collective:\n    - id: tap-the-lao-dong-tien-tien\n      name: Tập thể lao động tiên tiến\n", "");
        Assert.Equal(Kind.TitleRemoved, removed.Kind);
        Assert.Equal("tap-the-lao-dong-tien-tien", removed.Subject);
        Assert.True(removed.MayOrphanData);
    }

    [Fact]
    public void Renamed_title_keeps_its_data()
    {
        var change = OnlyChange("      name: Lao động tiên tiến", "      name: Lao động tiên tiến (cá nhân)");

        Assert.Equal(Kind.TitleRenamed, change.Kind);
        Assert.False(change.MayOrphanData);
    }

    [Fact]
    public void Title_moved_from_individual_to_collective_may_orphan_data()
    {
        var yaml = With("""
                - id: lao-dong-tien-tien
                  name: Lao động tiên tiến
                - id: chien-si-thi-dua-co-so
                  name: Chiến sĩ thi đua cơ sở
              collective:

            """, """
                - id: chien-si-thi-dua-co-so
                  name: Chiến sĩ thi đua cơ sở
              collective:
                - id: lao-dong-tien-tien
                  name: Lao động tiên tiến

            """);

        var change = Assert.Single(CampaignDiff.Between(Before, Parse(yaml)));

        Assert.Equal(Kind.TitleKindChanged, change.Kind);
        Assert.True(change.MayOrphanData);
    }

    [Fact]
    public void Removed_phase_may_orphan_collected_data()
    {
        var yaml = With(With("""
              - id: dot-2
                name: Đợt 2
                start: 2013-07-01
                end: 2013-12-31

            """, ""), "    end: 2013-06-30", "    end: 2013-12-31");

        var changes = CampaignDiff.Between(Before, Parse(yaml));

        Assert.Equal([Kind.PhaseRemoved, Kind.PhaseDatesChanged], changes.Select(change => change.Kind));
        Assert.True(changes[0].MayOrphanData);
        Assert.Equal("dot-2", changes[0].Subject);
        Assert.False(changes[1].MayOrphanData);
    }

    [Fact]
    public void Removed_award_form_may_orphan_award_proposals()
    {
        var yaml = With("""
            awardForms:
              - id: giay-khen
                name: Giấy khen
                issuer: Giám đốc Sở

            """, "");

        var change = Assert.Single(CampaignDiff.Between(Before, Parse(yaml)));

        Assert.Equal(Kind.AwardFormRemoved, change.Kind);
        Assert.True(change.MayOrphanData);
    }

    [Fact]
    public void New_campaign_id_may_orphan_everything_collected()
    {
        var change = OnlyChange("id: thu-nghiem-2013", "id: thu-nghiem-2013-b");

        Assert.Equal(Kind.CampaignIdChanged, change.Kind);
        Assert.True(change.MayOrphanData);
    }

    [Fact]
    public void Changed_vote_rule_is_described_before_and_after()
    {
        var change = OnlyChange("      atLeast: 70%", "      atLeast: 80%");

        Assert.Equal(Kind.VoteRuleChanged, change.Kind);
        Assert.Contains("Chiến sĩ thi đua cơ sở: từ 70% tổng số thành viên trở lên", change.DescriptionVi);
        Assert.Contains("Chiến sĩ thi đua cơ sở: từ 80% tổng số thành viên trở lên", change.DescriptionVi);
        Assert.Contains("at least 80% of all members", change.DescriptionEn);
    }

    [Fact]
    public void Changed_occasions_name_what_was_added_and_removed()
    {
        var change = OnlyChange("        name: Ngày sinh Chủ tịch Hồ Chí Minh", "        name: Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh");

        Assert.Equal(Kind.PhaseOccasionsChanged, change.Kind);
        Assert.Contains("thêm “Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh” (19/05/2013)", change.DescriptionVi);
        Assert.Contains("bỏ “Ngày sinh Chủ tịch Hồ Chí Minh”", change.DescriptionVi);
    }

    [Fact]
    public void Changed_reporting_days_and_reminders_are_described()
    {
        var reporting = OnlyChange("  staffReportDay: 20", "  staffReportDay: 18");
        Assert.Equal(Kind.MonthlyReportingChanged, reporting.Kind);
        Assert.Contains("ngày 20 → ngày 18", reporting.DescriptionVi);

        var reminders = OnlyChange("    daysBeforeDeadline: [3, 1]", "    daysBeforeDeadline: [5, 3, 1]");
        Assert.Equal(Kind.RemindersChanged, reminders.Kind);
        Assert.Contains("5, 3, 1", reminders.DescriptionVi);
    }

    [Fact]
    public void Sample_against_itself_has_no_changes_and_against_the_test_file_many()
    {
        Assert.Empty(CampaignDiff.Between(SampleCampaign.Load(), SampleCampaign.Load()));

        var changes = CampaignDiff.Between(SampleCampaign.Load(), Before);

        Assert.Contains(changes, change => change.Kind == Kind.CampaignIdChanged);
        Assert.Contains(changes, change => change is { Kind: Kind.ContentAreaRemoved, Subject: "nong-thon-moi" });
        Assert.All(changes, change => Assert.False(string.IsNullOrWhiteSpace(change.DescriptionVi)));
    }
}
