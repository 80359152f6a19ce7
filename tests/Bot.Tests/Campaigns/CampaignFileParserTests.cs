using ThiDuaBot.Bot.Features.Campaigns;
using static ThiDuaBot.Bot.Tests.Campaigns.CampaignYaml;
using Code = ThiDuaBot.Bot.Features.Campaigns.CampaignFileErrorCode;

namespace ThiDuaBot.Bot.Tests.Campaigns;

public sealed class CampaignFileParserTests
{
    // ---- a valid file ---------------------------------------------------------------------------------------

    [Fact]
    public void Valid_file_is_read_into_the_definition()
    {
        var campaign = Parse(Valid);

        Assert.Equal(1, campaign.FormatVersion);
        Assert.Equal("thu-nghiem-2013", campaign.Id);
        Assert.Equal(2013, campaign.Year);
        Assert.Equal(new DateOnly(2013, 3, 5), campaign.Plan.Date);
        Assert.Equal(new PlanSigner("Giám đốc", "Nguyễn Văn A"), campaign.Plan.Signer);
        Assert.Equal(["noi-dung-1", "noi-dung-2"], campaign.ContentAreas.Select(area => area.Id));
        Assert.Equal("Toàn văn nội dung một", campaign.ContentAreas[0].Description);
        Assert.Null(campaign.ContentAreas[1].Description);
        Assert.Equal(new DateOnly(2013, 6, 30), campaign.Phases[0].End);
        Assert.Equal(new PhaseOccasion(new DateOnly(2013, 5, 19), "Ngày sinh Chủ tịch Hồ Chí Minh"), Assert.Single(campaign.Phases[0].Occasions));
        Assert.Empty(campaign.Phases[1].Occasions);
        Assert.Equal(new DateOnly(2013, 3, 20), campaign.PledgeDeadline);
        Assert.Equal(new MonthlyReporting(20, 25), campaign.MonthlyReporting);
        Assert.Equal([3, 1], campaign.Reminders.Pledge.DaysBeforeDeadline);
        Assert.Equal(new TimeOnly(8, 0), campaign.Reminders.MonthlyProgress.Time);
        Assert.Equal(new VoteShare(2, 3), campaign.VoteRule.Quorum);
        Assert.True(campaign.VoteRule.Default.Strictly);
        Assert.Equal(VoteBase.Members, campaign.VoteRule.ForTitle("chien-si-thi-dua-co-so").Base);
        Assert.Same(campaign.VoteRule.Default, campaign.VoteRule.ForTitle("lao-dong-tien-tien"));
    }

    [Fact]
    public void Time_zone_and_reminders_may_be_left_out_and_take_their_defaults()
    {
        var yaml = With(Valid, """
            reminders:
              pledge:
                daysBeforeDeadline: [3, 1]
                time: "08:00"
              monthlyProgress:
                daysAfterReportDay: [1, 3]
                time: "08:00"
              maxPerPrompt: 3

            """, "");

        var campaign = Parse(yaml);

        Assert.Equal("Asia/Ho_Chi_Minh", campaign.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(7), campaign.TimeZone.BaseUtcOffset);
        Assert.Same(ReminderPolicy.Default, campaign.Reminders);
    }

    [Fact]
    public void Times_and_shares_may_be_written_without_quotes()
    {
        var campaign = Parse(With("    time: \"08:00\"\n  maxPerPrompt", "    time: 17:30\n  maxPerPrompt"));

        Assert.Equal(new TimeOnly(17, 30), campaign.Reminders.MonthlyProgress.Time);
        Assert.Equal(new VoteShare(70, 100), campaign.VoteRule.ForTitle("chien-si-thi-dua-co-so").Share);
    }

    [Fact]
    public void Occasion_without_a_date_is_kept_without_one()
    {
        var campaign = Parse(With("      - date: 2013-05-19\n", "      -\n"));

        Assert.Null(Assert.Single(campaign.Phases[0].Occasions).Date);
    }

    // ---- the file as a whole --------------------------------------------------------------------------------

    [Theory]
    [InlineData("  place: Bắc Giang\n", "  place: \"Bắc Giang\n", "place:")]              // quote never closed
    [InlineData("  date: 2013-03-05\n", " date: 2013-03-05\n", " date: 2013-03-05")]                   // indented one space short
    [InlineData("  issuer: Sở thử nghiệm\n", "  issuer: Sở: thử nghiệm\n", "Sở: thử")]      // a second colon
    [InlineData("    title: Giám đốc\n", "\ttitle: Giám đốc\n", "\ttitle:")]                 // a tab
    public void Yaml_syntax_error_is_refused_with_its_line(string line, string broken, string expectedOn)
    {
        var yaml = With(line, broken);

        var error = RefusedOnly(yaml, Code.YamlSyntax, "", LineOf(yaml, expectedOn));

        Assert.Contains("YAML", error.MessageVi);
        Assert.Contains("thụt đầu dòng", error.MessageVi);
    }

    [Fact]
    public void Key_written_twice_is_refused_with_its_line()
    {
        var yaml = With("  place: Bắc Giang\n", "  place: Bắc Giang\n  place: Hà Nội\n");

        var error = RefusedOnly(yaml, Code.DuplicateKey, "", LineOf(yaml, "place: Hà Nội"));

        Assert.Contains("mục “place” được viết hai lần", error.MessageVi);
    }

    [Fact]
    public void File_over_30000_characters_is_refused_before_reading()
    {
        var yaml = Valid + string.Concat(Enumerable.Repeat("# ghi chú cho đủ dài ........................................\n", 600));
        Assert.True(yaml.Length > CampaignFileLimits.MaxFileCharacters);
        var expectedLine = 1 + yaml[..CampaignFileLimits.MaxFileCharacters].Count(c => c == '\n');

        var error = RefusedOnly(yaml, Code.FileTooLarge, "", expectedLine);

        Assert.Contains("30.000", error.MessageVi);
        Assert.Contains("30,000", error.MessageEn);
    }

    [Fact]
    public void File_of_only_comments_is_refused_as_empty()
    {
        RefusedOnly("# chỉ có ghi chú\n\n", Code.EmptyFile, "", 1);
    }

    [Fact]
    public void Second_document_is_refused()
    {
        var yaml = Valid + "---\nid: ke-hoach-khac\n";

        RefusedOnly(yaml, Code.MultipleDocuments, "", LineOf(yaml, "id: ke-hoach-khac"));
    }

    [Fact]
    public void File_that_is_a_list_is_refused_as_the_wrong_type()
    {
        RefusedOnly("- formatVersion: 1\n", Code.WrongType, "", 1);
    }

    [Fact]
    public void Unknown_format_version_is_refused()
    {
        var yaml = With("formatVersion: 1", "formatVersion: 2");

        var error = RefusedOnly(yaml, Code.UnsupportedFormatVersion, "formatVersion", 1);

        Assert.Contains("formatVersion: 1", error.MessageVi);
    }

    // ---- shape of each field --------------------------------------------------------------------------------

    [Fact]
    public void Misspelt_key_is_refused_with_the_closest_known_key()
    {
        var yaml = With("phases:", "pahses:");

        var error = Refused(yaml, Code.UnknownKey, "pahses", LineOf(yaml, "pahses:"));

        Assert.Contains("“phases”", error.MessageVi);
        Assert.Contains("Did you mean “phases”?", error.MessageEn);
        // …and the phases it hid are reported missing.
        Refused(yaml, Code.MissingField, "phases", 1);
    }

    [Fact]
    public void Misspelt_key_inside_a_phase_names_the_phase_and_suggests_the_key()
    {
        var yaml = With("    start: 2013-07-01", "    stat: 2013-07-01");

        var error = Refused(yaml, Code.UnknownKey, "phases[1].stat", LineOf(yaml, "stat: 2013-07-01"));

        Assert.Contains("“start”", error.MessageVi);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_one_lists_the_allowed_keys()
    {
        var yaml = With("  place: Bắc Giang\n", "  place: Bắc Giang\n  ghiChu: xyz\n");

        var error = RefusedOnly(yaml, Code.UnknownKey, "plan.ghiChu", LineOf(yaml, "ghiChu"));

        Assert.Contains("number, date, place, issuer, signer", error.MessageVi);
    }

    [Fact]
    public void Missing_required_field_is_refused_at_its_group()
    {
        var yaml = With("    end: 2013-12-31\n", "");

        var error = RefusedOnly(yaml, Code.MissingField, "phases[1].end", LineOf(yaml, "  - id: dot-2"));

        Assert.Contains("“end”", error.MessageVi);
        Assert.Contains("ngày kết thúc", error.MessageVi);
    }

    [Fact]
    public void Blank_required_field_is_refused_as_missing()
    {
        var yaml = With("  place: Bắc Giang", "  place:");

        RefusedOnly(yaml, Code.MissingField, "plan.place", LineOf(yaml, "  place:"));
    }

    [Fact]
    public void Text_where_a_list_is_needed_is_refused_as_the_wrong_type()
    {
        var yaml = With("""
            contentAreas:
              - id: noi-dung-1
                title: Nội dung một
                description: Toàn văn nội dung một
              - id: noi-dung-2
                title: Nội dung hai
            """, "contentAreas: Nội dung một");

        var error = RefusedOnly(yaml, Code.WrongType, "contentAreas", LineOf(yaml, "contentAreas:"));

        Assert.Contains("danh sách", error.MessageVi);
    }

    [Fact]
    public void Words_where_a_number_is_needed_are_refused_as_the_wrong_type()
    {
        var yaml = With("year: 2013", "year: hai nghìn không trăm mười ba");

        var error = Refused(yaml, Code.WrongType, "year", LineOf(yaml, "year:"));

        Assert.Contains("số nguyên", error.MessageVi);
    }

    [Fact]
    public void Year_out_of_range_is_refused()
    {
        var yaml = With("year: 2013", "year: 13");

        Refused(yaml, Code.NumberOutOfRange, "year", LineOf(yaml, "year:"));
    }

    [Fact]
    public void Date_that_does_not_exist_is_refused()
    {
        var yaml = With("  date: 2013-03-05", "  date: 2013-02-30");

        var error = RefusedOnly(yaml, Code.InvalidDate, "plan.date", LineOf(yaml, "2013-02-30"));

        Assert.Contains("ngày 30 tháng 2 năm 2013", error.MessageVi);
        Assert.Contains("không có trên lịch", error.MessageVi);
    }

    [Fact]
    public void Date_written_day_first_is_refused_with_the_expected_format()
    {
        var yaml = With("pledgeDeadline: 2013-03-20", "pledgeDeadline: 20/03/2013");

        var error = RefusedOnly(yaml, Code.InvalidDate, "pledgeDeadline", LineOf(yaml, "pledgeDeadline:"));

        Assert.Contains("yyyy-MM-dd", error.MessageVi);
        Assert.Contains("2013-03-20", error.MessageVi);
        Assert.Contains("yyyy-MM-dd", error.MessageEn);
    }

    [Fact]
    public void Date_written_day_first_that_does_not_exist_is_refused_and_both_problems_are_explained()
    {
        var yaml = With("    start: 2013-03-01", "    start: 30/02/2013");

        var error = Refused(yaml, Code.InvalidDate, "phases[0].start", LineOf(yaml, "30/02/2013"));

        Assert.Contains("yyyy-MM-dd", error.MessageVi);
        Assert.Contains("không có trên lịch", error.MessageVi);
    }

    [Fact]
    public void Date_without_leading_zeros_is_refused_with_the_correct_spelling()
    {
        var yaml = With("  date: 2013-03-05", "  date: 2013-3-5");

        var error = RefusedOnly(yaml, Code.InvalidDate, "plan.date", LineOf(yaml, "2013-3-5"));

        Assert.Contains("2013-03-05", error.MessageVi);
    }

    [Fact]
    public void Time_of_day_not_written_hh_mm_is_refused()
    {
        var yaml = With("""
                daysBeforeDeadline: [3, 1]
                time: "08:00"
            """, """
                daysBeforeDeadline: [3, 1]
                time: 8h sáng
            """);

        var error = RefusedOnly(yaml, Code.InvalidTime, "reminders.pledge.time", LineOf(yaml, "8h sáng"));

        Assert.Contains("08:30", error.MessageVi);
    }

    [Fact]
    public void Id_that_is_not_a_slug_is_refused_with_a_suggestion()
    {
        var yaml = With("  - id: noi-dung-2", "  - id: Nội dung 2");

        var error = RefusedOnly(yaml, Code.InvalidId, "contentAreas[1].id", LineOf(yaml, "Nội dung 2"));

        Assert.Contains("“noi-dung-2”", error.MessageVi);
    }

    [Fact]
    public void Over_long_text_is_refused_with_its_length_and_the_limit()
    {
        var yaml = With("    description: Toàn văn nội dung một", "    description: " + new string('x', 2001));

        var error = RefusedOnly(yaml, Code.TextTooLong, "contentAreas[0].description", LineOf(yaml, "    description: "));

        Assert.Contains("2.001", error.MessageVi);
        Assert.Contains("2.000", error.MessageVi);
    }

    [Fact]
    public void More_than_30_content_areas_are_refused_at_the_first_one_too_many()
    {
        var areas = string.Concat(Enumerable.Range(1, 31).Select(n => $"  - id: nd-{n}\n    title: Nội dung {n}\n"));
        var yaml = With("""
              - id: noi-dung-2
                title: Nội dung hai

            """, areas);

        var error = RefusedOnly(yaml, Code.TooManyItems, "contentAreas[30]", LineOf(yaml, "- id: nd-30"));

        Assert.Contains("30", error.MessageVi);
    }

    [Fact]
    public void More_than_12_phases_are_refused()
    {
        var phases = string.Concat(Enumerable.Range(0, 13).Select(n =>
        {
            var start = new DateOnly(2013, 3, 1).AddDays(20 * n);
            return $"  - id: p-{n + 1}\n    name: Đợt {n + 1}\n    start: {start:yyyy-MM-dd}\n    end: {start.AddDays(19):yyyy-MM-dd}\n";
        }));
        var yaml = WithPhases(phases);

        RefusedOnly(yaml, Code.TooManyItems, "phases[12]", LineOf(yaml, "- id: p-13"));
    }

    [Theory]
    [InlineData("contentAreas", "contentAreas")]
    [InlineData("phases", "phases")]
    [InlineData("  individual", "titles.individual")]
    public void Empty_list_where_one_item_is_needed_is_refused(string key, string path)
    {
        var yaml = EmptyList(key);

        var error = RefusedOnly(yaml, Code.EmptyList, path, LineOf(yaml, key + ": []"));

        Assert.Contains("ít nhất một", error.MessageVi);
    }

    /// <summary>The valid file with its two phases replaced by <paramref name="phases"/> (list items, no "phases:" line).</summary>
    private static string WithPhases(string phases) => With("""
          - id: dot-1
            name: Đợt 1
            start: 2013-03-01
            end: 2013-06-30
            occasions:
              - date: 2013-05-19
                name: Ngày sinh Chủ tịch Hồ Chí Minh
          - id: dot-2
            name: Đợt 2
            start: 2013-07-01
            end: 2013-12-31

        """, phases);

    private static string EmptyList(string key)
    {
        var lines = Valid.Split('\n').ToList();
        var start = lines.FindIndex(line => line == key + ":");
        var indent = key.Length - key.TrimStart().Length;
        var end = lines.FindIndex(start + 1, line => line.Length > 0 && line.Length - line.TrimStart().Length <= indent);
        lines.RemoveRange(start, end - start);
        lines.Insert(start, key + ": []");
        return string.Join('\n', lines);
    }

    [Fact]
    public void Unknown_time_zone_is_refused()
    {
        var yaml = With("year: 2013\n", "year: 2013\ntimeZone: Asia/Ha_Noi\n");

        var error = RefusedOnly(yaml, Code.InvalidTimeZone, "timeZone", LineOf(yaml, "timeZone:"));

        Assert.Contains("Asia/Ho_Chi_Minh", error.MessageVi);
    }

    [Fact]
    public void Windows_time_zone_name_is_refused_with_the_iana_name()
    {
        var yaml = With("year: 2013\n", "year: 2013\ntimeZone: SE Asia Standard Time\n");

        var error = RefusedOnly(yaml, Code.InvalidTimeZone, "timeZone", LineOf(yaml, "timeZone:"));

        Assert.Contains("IANA", error.MessageVi);
        Assert.Matches("Asia/", error.MessageVi);
    }

    // ---- phases ---------------------------------------------------------------------------------------------

    [Fact]
    public void Phase_outside_the_campaign_year_is_refused()
    {
        var yaml = With("    end: 2013-12-31", "    end: 2014-01-31");

        var error = RefusedOnly(yaml, Code.PhaseOutsideYear, "phases[1].end", LineOf(yaml, "2014-01-31"));

        Assert.Contains("31/01/2014", error.MessageVi);
        Assert.Contains("2013", error.MessageVi);
    }

    [Fact]
    public void Phase_that_ends_before_it_starts_is_refused_with_both_dates_as_people_write_them()
    {
        var yaml = With("    end: 2013-12-31", "    end: 2013-06-30  # sai");
        var line = LineOf(yaml, "# sai");

        var error = RefusedOnly(yaml, Code.PhaseEndBeforeStart, "phases[1].end", line);

        Assert.Equal($"Dòng {line}, phases[1].end: ngày kết thúc đợt 2 (30/06/2013) trước ngày bắt đầu (01/07/2013).", error.MessageVi);
        Assert.Equal($"Line {line}, phases[1].end: phase 2 ends (30/06/2013) before it starts (01/07/2013).", error.MessageEn);
    }

    [Fact]
    public void Overlapping_phases_are_refused()
    {
        var yaml = With("    start: 2013-07-01", "    start: 2013-06-15");

        var error = RefusedOnly(yaml, Code.PhasesOverlap, "phases[1].start", LineOf(yaml, "2013-06-15"));

        Assert.Contains("15/06/2013", error.MessageVi);
        Assert.Contains("30/06/2013", error.MessageVi);
    }

    [Fact]
    public void Phases_not_in_date_order_are_refused()
    {
        var yaml = WithPhases("""
              - id: dot-1
                name: Đợt 1
                start: 2013-07-01
                end: 2013-12-31
              - id: dot-2
                name: Đợt 2
                start: 2013-03-01
                end: 2013-06-30

            """);

        var error = RefusedOnly(yaml, Code.PhasesOutOfOrder, "phases[1].start", LineOf(yaml, "    start: 2013-03-01"));

        Assert.Contains("thứ tự thời gian", error.MessageVi);
    }

    [Fact]
    public void Occasion_outside_its_phase_is_refused()
    {
        var yaml = With("      - date: 2013-05-19", "      - date: 2013-09-02");

        var error = RefusedOnly(yaml, Code.OccasionOutsidePhase, "phases[0].occasions[0].date", LineOf(yaml, "2013-09-02"));

        Assert.Contains("02/09/2013", error.MessageVi);
    }

    [Fact]
    public void Duplicate_phase_id_is_refused_naming_the_first_line()
    {
        var yaml = With("  - id: dot-2", "  - id: dot-1");
        var first = LineOf(Valid, "  - id: dot-1");

        var error = RefusedOnly(yaml, Code.DuplicateId, "phases[1].id", LineOf(Valid, "  - id: dot-2"));

        Assert.Contains($"dòng {first}", error.MessageVi);
    }

    // ---- pledge deadline and monthly reporting --------------------------------------------------------------

    [Fact]
    public void Pledge_deadline_after_the_end_of_the_first_phase_is_refused()
    {
        var yaml = With("pledgeDeadline: 2013-03-20", "pledgeDeadline: 2013-07-15");

        var error = RefusedOnly(yaml, Code.PledgeDeadlineAfterFirstPhaseEnd, "pledgeDeadline", LineOf(yaml, "pledgeDeadline:"));

        Assert.Contains("15/07/2013", error.MessageVi);
        Assert.Contains("30/06/2013", error.MessageVi);
    }

    [Fact]
    public void Pledge_deadline_before_the_plan_date_is_refused()
    {
        var yaml = With("pledgeDeadline: 2013-03-20", "pledgeDeadline: 2013-03-01");

        var error = RefusedOnly(yaml, Code.PledgeDeadlineBeforePlanDate, "pledgeDeadline", LineOf(yaml, "pledgeDeadline:"));

        Assert.Contains("05/03/2013", error.MessageVi);
    }

    [Theory]
    [InlineData("  staffReportDay: 20", "  staffReportDay: 31", "monthlyReporting.staffReportDay")]
    [InlineData("  unitReportDay: 25", "  unitReportDay: 0", "monthlyReporting.unitReportDay")]
    public void Reporting_day_outside_1_to_28_is_refused(string line, string replacement, string path)
    {
        var yaml = With(line, replacement);

        var error = RefusedOnly(yaml, Code.ReportDayOutOfRange, path, LineOf(yaml, replacement));

        Assert.Contains("từ 1 đến 28", error.MessageVi);
    }

    [Fact]
    public void Unit_report_day_before_the_staff_report_day_is_refused()
    {
        var yaml = With("  unitReportDay: 25", "  unitReportDay: 10");

        RefusedOnly(yaml, Code.UnitReportBeforeStaffReport, "monthlyReporting.unitReportDay", LineOf(yaml, "unitReportDay: 10"));
    }

    // ---- reminders ------------------------------------------------------------------------------------------

    [Fact]
    public void Reminder_day_written_twice_is_refused()
    {
        var yaml = With("    daysAfterReportDay: [1, 3]", "    daysAfterReportDay: [1, 1]");

        RefusedOnly(yaml, Code.DuplicateValue, "reminders.monthlyProgress.daysAfterReportDay[1]", LineOf(yaml, "[1, 1]"));
    }

    [Fact]
    public void More_automatic_reminders_than_the_maximum_is_refused()
    {
        var yaml = With("  maxPerPrompt: 3", "  maxPerPrompt: 1");

        RefusedOnly(yaml, Code.ReminderLimitTooLow, "reminders.maxPerPrompt", LineOf(yaml, "maxPerPrompt: 1"));
    }

    // ---- ids, titles, award forms, vote rule ----------------------------------------------------------------

    [Fact]
    public void Duplicate_content_area_id_is_refused()
    {
        var yaml = With("  - id: noi-dung-2", "  - id: noi-dung-1");

        RefusedOnly(yaml, Code.DuplicateId, "contentAreas[1].id", LineOf(Valid, "  - id: noi-dung-2"));
    }

    [Fact]
    public void Same_title_id_among_individual_and_collective_titles_is_refused()
    {
        var yaml = With("    - id: tap-the-lao-dong-tien-tien", "    - id: lao-dong-tien-tien");

        RefusedOnly(yaml, Code.DuplicateId, "titles.collective[0].id", LineOf(Valid, "    - id: tap-the-lao-dong-tien-tien"));
    }

    [Fact]
    public void Duplicate_award_form_id_is_refused()
    {
        var yaml = With("    issuer: Giám đốc Sở\n", "    issuer: Giám đốc Sở\n  - id: giay-khen\n    name: Giấy khen (lần 2)\n    issuer: Giám đốc Sở\n");

        RefusedOnly(yaml, Code.DuplicateId, "awardForms[1].id", LineOf(yaml, "Giấy khen (lần 2)") - 1);
    }

    [Fact]
    public void Vote_rule_override_for_an_unknown_title_is_refused_with_the_closest_title()
    {
        var yaml = With("    - title: chien-si-thi-dua-co-so", "    - title: chien-si-thi-dua");

        var error = RefusedOnly(yaml, Code.UnknownTitle, "voteRule.overrides[0].title", LineOf(yaml, "- title: chien-si-thi-dua"));

        Assert.Contains("“chien-si-thi-dua”", error.MessageVi);
        Assert.Contains("Có phải là “chien-si-thi-dua-co-so”?", error.MessageVi);
    }

    [Fact]
    public void Vote_rule_override_for_an_unknown_award_form_is_refused()
    {
        var yaml = With("    - title: chien-si-thi-dua-co-so", "    - awardForm: bang-khen");

        RefusedOnly(yaml, Code.UnknownAwardForm, "voteRule.overrides[0].awardForm", LineOf(yaml, "awardForm: bang-khen"));
    }

    [Fact]
    public void Two_overrides_for_one_title_are_refused()
    {
        var yaml = With("""
                  atLeast: 70%
                  of: members
            """, """
                  atLeast: 70%
                  of: members
                - title: chien-si-thi-dua-co-so
                  atLeast: 80%
                  of: members
            """);

        RefusedOnly(yaml, Code.DuplicateId, "voteRule.overrides[1].title", LineOf(yaml, "atLeast: 80%") - 1);
    }

    [Fact]
    public void Share_over_100_percent_is_refused()
    {
        var yaml = With("      atLeast: 70%", "      atLeast: 150%");

        var error = RefusedOnly(yaml, Code.InvalidShare, "voteRule.overrides[0].atLeast", LineOf(yaml, "150%"));

        Assert.Contains("2/3", error.MessageVi);
    }

    [Fact]
    public void Both_at_least_and_more_than_in_one_threshold_are_refused()
    {
        var yaml = With("    moreThan: 50%", "    moreThan: 50%\n    atLeast: 60%");

        RefusedOnly(yaml, Code.ConflictingFields, "voteRule.default.moreThan", LineOf(yaml, "moreThan: 50%"));
    }

    [Fact]
    public void Unknown_base_of_a_share_is_refused_with_the_allowed_words()
    {
        var yaml = With("    of: votesCast", "    of: voteCast");

        var error = RefusedOnly(yaml, Code.InvalidChoice, "voteRule.default.of", LineOf(yaml, "of: voteCast"));

        Assert.Contains("votesCast, members", error.MessageVi);
        Assert.Contains("“votesCast”", error.MessageVi);
    }

    // ---- many mistakes at once ------------------------------------------------------------------------------

    [Fact]
    public void Every_mistake_in_a_file_is_reported_in_line_order()
    {
        var yaml = Valid;
        yaml = With(yaml, "year: 2013", "year: 2013\ntimezone: Asia/Ho_Chi_Minh");
        yaml = With(yaml, "  date: 2013-03-05", "  date: 05/03/2013");
        yaml = With(yaml, "  - id: noi-dung-2", "  - id: noi-dung-1");
        yaml = With(yaml, "    end: 2013-12-31", "    end: 2013-06-30\n    # sai");
        yaml = With(yaml, "  unitReportDay: 25", "  unitReportDay: 29");
        yaml = With(yaml, "    - title: chien-si-thi-dua-co-so", "    - title: chien-si");

        var result = CampaignFileParser.Parse(yaml);

        Assert.False(result.IsValid);
        Assert.Equal(
            [Code.UnknownKey, Code.InvalidDate, Code.DuplicateId, Code.PhaseEndBeforeStart, Code.ReportDayOutOfRange, Code.UnknownTitle],
            result.Errors.Select(error => error.Code));
        Assert.Equal(
            ["timezone", "plan.date", "contentAreas[1].id", "phases[1].end", "monthlyReporting.unitReportDay", "voteRule.overrides[0].title"],
            result.Errors.Select(error => error.Path));
        Assert.Equal(result.Errors.OrderBy(error => error.Line).Select(error => error.Line), result.Errors.Select(error => error.Line));
        Assert.Contains("“timeZone”", result.Errors[0].MessageVi);
    }
}
