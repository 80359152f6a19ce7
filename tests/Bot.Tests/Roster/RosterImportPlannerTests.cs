using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Tests.Roster;

public sealed class RosterImportPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2013, 3, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = new(2013, 7, 1, 1, 0, 0, TimeSpan.Zero);

    private static RosterRow Row(int line, string signIn, string name, string? unit = "Văn phòng Sở", string? roles = null,
        string? email = null, string? jobTitle = null, string? aad = null) => new()
    {
        Line = line,
        SignInName = signIn,
        DisplayName = name,
        Email = email,
        UnitName = unit,
        JobTitle = jobTitle,
        Roles = roles,
        AadObjectId = aad,
    };

    private static readonly RosterRow[] Office =
    [
        Row(2, "dunghv@sokhcn.bacgiang.example", "Hoàng Văn Dũng", roles: "thủ trưởng đơn vị; hội đồng", jobTitle: "Chánh Văn phòng"),
        Row(3, "lanpt@sokhcn.bacgiang.example", "Phạm Thị Lan", jobTitle: "Phó Chánh Văn phòng"),
        Row(4, "haidv@sokhcn.bacgiang.example", "Đặng Văn Hải", unit: "Phòng Kế hoạch - Tài chính", roles: "Trưởng phòng"),
        Row(5, "minhtq@sokhcn.bacgiang.example", "Trần Quang Minh", unit: null, roles: "lãnh đạo|council member", jobTitle: "Giám đốc Sở"),
    ];

    /// <summary>What the store would hold after applying <paramref name="plan"/> to <paramref name="before"/>.</summary>
    private static (List<Person> People, List<Unit> Units) Apply(IEnumerable<Person> before, IEnumerable<Unit> beforeUnits, RosterImportPlan plan)
    {
        var people = before.ToDictionary(p => p.SignInName);
        foreach (var p in plan.Changes.People) people[p.SignInName] = p;
        var units = beforeUnits.ToDictionary(u => u.UnitId);
        foreach (var u in plan.Changes.Units) units[u.UnitId] = u;
        return (people.Values.ToList(), units.Values.ToList());
    }

    [Fact]
    public void First_import_adds_everyone_as_staff_with_their_roles_and_creates_slugged_units()
    {
        var plan = RosterImportPlanner.Plan([], [], Office, [], T0);

        Assert.Equal(4, plan.Report.Added.Count);
        Assert.Empty(plan.Report.Rejected);
        Assert.Null(plan.Report.Warning);
        var dung = plan.Changes.People.Single(p => p.SignInName == "dunghv@sokhcn.bacgiang.example");
        Assert.Equal(Role.Staff | Role.UnitHead | Role.CouncilMember, dung.Roles);
        Assert.Equal("van-phong-so", dung.UnitId);
        Assert.Equal(T0, dung.AddedAt);
        Assert.True(dung.Active);
        Assert.Equal("csv", dung.Source);
        Assert.Equal(Role.Staff, plan.Changes.People.Single(p => p.DisplayName == "Phạm Thị Lan").Roles);
        var director = plan.Changes.People.Single(p => p.DisplayName == "Trần Quang Minh");
        Assert.Equal(Role.Staff | Role.Leadership | Role.CouncilMember, director.Roles);
        Assert.Null(director.UnitId);
        Assert.Equal(["van-phong-so", "phong-ke-hoach-tai-chinh"], plan.Report.UnitsAdded.Select(u => u.UnitId));
        Assert.Equal("Phòng Kế hoạch - Tài chính", plan.Changes.Units.Single(u => u.UnitId == "phong-ke-hoach-tai-chinh").Name);
    }

    [Fact]
    public void Importing_the_same_rows_again_changes_nothing()
    {
        var first = RosterImportPlanner.Plan([], [], Office, ["lanpt@sokhcn.bacgiang.example"], T0);
        var (people, units) = Apply([], [], first);

        var second = RosterImportPlanner.Plan(people, units, Office, ["lanpt@sokhcn.bacgiang.example"], T1);

        Assert.Empty(second.Changes.People);
        Assert.Empty(second.Changes.Units);
        Assert.False(second.Report.HasChanges);
        Assert.Equal(4, second.Report.Unchanged);
    }

    [Fact]
    public void Changes_name_which_fields_changed_and_keep_when_the_person_was_added()
    {
        var (people, units) = Apply([], [], RosterImportPlanner.Plan([], [], Office, [], T0));
        var edited = Office.ToArray();
        edited[1] = edited[1] with { DisplayName = "Phạm Thị Lan Anh", UnitName = "Phòng Kế hoạch - Tài chính", Email = "LanPT@sokhcn.bacgiang.example" };
        edited[2] = edited[2] with { Roles = "trưởng phòng, hội đồng" };

        var plan = RosterImportPlanner.Plan(people, units, edited, [], T1);

        Assert.Empty(plan.Report.Added);
        Assert.Empty(plan.Report.Removed);
        Assert.Equal(2, plan.Report.Unchanged);
        var lan = plan.Report.Changed.Single(c => c.SignInName == "lanpt@sokhcn.bacgiang.example");
        Assert.Equal(PersonFields.Name | PersonFields.Unit | PersonFields.Email, lan.Fields);
        Assert.Equal(PersonFields.Roles, plan.Report.Changed.Single(c => c.SignInName == "haidv@sokhcn.bacgiang.example").Fields);
        var stored = plan.Changes.People.Single(p => p.SignInName == "lanpt@sokhcn.bacgiang.example");
        Assert.Equal(T0, stored.AddedAt);
        Assert.Equal(T1, stored.UpdatedAt);
        Assert.Equal("lanpt@sokhcn.bacgiang.example", stored.Email);
        Assert.Equal(2, plan.Changes.People.Count);
    }

    [Fact]
    public void People_not_in_the_import_are_marked_as_left_and_keep_their_rows_and_an_emptied_unit_goes_inactive()
    {
        var (people, units) = Apply([], [], RosterImportPlanner.Plan([], [], Office, [], T0));

        var plan = RosterImportPlanner.Plan(people, units, Office.Where(r => r.DisplayName != "Đặng Văn Hải").ToList(), [], T1);

        var removed = Assert.Single(plan.Report.Removed);
        Assert.Equal("haidv@sokhcn.bacgiang.example", removed.SignInName);
        var left = plan.Changes.People.Single(p => p.SignInName == removed.SignInName);
        Assert.False(left.Active);
        Assert.Equal(T1, left.LeftAt);
        Assert.Equal(T0, left.AddedAt);
        Assert.Equal("Đặng Văn Hải", left.DisplayName);
        Assert.Equal(Role.Staff | Role.UnitHead, left.Roles);
        var unit = Assert.Single(plan.Report.UnitsDeactivated);
        Assert.Equal(("phong-ke-hoach-tai-chinh", false, (DateTimeOffset?)T1), (unit.UnitId, unit.Active, unit.LeftAt));

        // Next time the one who left is not removed again, and coming back revives person and unit.
        var (after, afterUnits) = Apply(people, units, plan);
        Assert.False(RosterImportPlanner.Plan(after, afterUnits, Office.Where(r => r.DisplayName != "Đặng Văn Hải").ToList(), [], T1).Report.HasChanges);
        var back = RosterImportPlanner.Plan(after, afterUnits, Office, [], T1.AddDays(1));
        Assert.Equal(PersonFields.Active, Assert.Single(back.Report.Changed).Fields);
        Assert.Null(back.Changes.People.Single().LeftAt);
        Assert.True(Assert.Single(back.Report.UnitsChanged).Active);
    }

    [Fact]
    public void A_configured_secretary_is_never_removed_by_an_import_and_holds_the_secretary_role()
    {
        var (people, units) = Apply([], [], RosterImportPlanner.Plan([], [], Office, [], T0));

        var plan = RosterImportPlanner.Plan(people, units, Office.Skip(2).ToList(), ["LanPT@sokhcn.bacgiang.example", "nobody@sokhcn.bacgiang.example"], T1);

        Assert.Equal(["dunghv@sokhcn.bacgiang.example"], plan.Report.Removed.Select(r => r.SignInName));
        Assert.Equal(["lanpt@sokhcn.bacgiang.example"], plan.Report.SecretariesKept);
        Assert.Equal(["nobody@sokhcn.bacgiang.example"], plan.Report.SecretariesMissing);
        var lan = plan.Changes.People.Single(p => p.SignInName == "lanpt@sokhcn.bacgiang.example");
        Assert.True(lan.Active);
        Assert.Equal(Role.Staff | Role.CouncilSecretary, lan.Roles);
        Assert.Contains(plan.Report.Changed, c => c.SignInName == "lanpt@sokhcn.bacgiang.example" && c.Fields == PersonFields.Roles);
        Assert.DoesNotContain(plan.Report.UnitsDeactivated, u => u.UnitId == "van-phong-so");
    }

    [Fact]
    public void A_secretary_configured_by_object_id_is_kept_and_recognised_in_the_import()
    {
        const string objectId = "7d5e3c1a-2b4f-4e6d-8a9c-0b1d2e3f4a5b";
        var rows = Office.Select(r => r.Line == 3 ? r with { AadObjectId = objectId } : r).ToList();
        var first = RosterImportPlanner.Plan([], [], rows, [objectId.ToUpperInvariant()], T0);
        Assert.Equal(Role.Staff | Role.CouncilSecretary, first.Changes.People.Single(p => p.DisplayName == "Phạm Thị Lan").Roles);
        Assert.Empty(first.Report.SecretariesMissing);
        var (people, units) = Apply([], [], first);

        var plan = RosterImportPlanner.Plan(people, units, Office.Skip(2).ToList(), [objectId], T1);

        Assert.Equal(["lanpt@sokhcn.bacgiang.example"], plan.Report.SecretariesKept);
        Assert.DoesNotContain(plan.Report.Removed, r => r.SignInName == "lanpt@sokhcn.bacgiang.example");
    }

    [Fact]
    public void A_configured_secretary_in_the_import_gets_the_secretary_role()
    {
        var plan = RosterImportPlanner.Plan([], [], Office, ["lanpt@sokhcn.bacgiang.example"], T0);

        Assert.Equal(Role.Staff | Role.CouncilSecretary, plan.Changes.People.Single(p => p.DisplayName == "Phạm Thị Lan").Roles);
        Assert.Empty(plan.Report.SecretariesKept);
    }

    [Theory]
    [InlineData("", "Nguyễn Văn A", null, null, null, "missing-sign-in")]
    [InlineData("nguyễn.a@sokhcn.bacgiang.example", "Nguyễn Văn A", null, null, null, "invalid-sign-in")]
    [InlineData("a nguyen@sokhcn.bacgiang.example", "Nguyễn Văn A", null, null, null, "invalid-sign-in")]
    [InlineData("anv@localhost", "Nguyễn Văn A", null, null, null, "invalid-sign-in")]
    [InlineData("anv@sokhcn.bacgiang.example", "   ", null, null, null, "missing-name")]
    [InlineData("anv@sokhcn.bacgiang.example", "Nguyễn Văn A", "anv(at)sokhcn", null, null, "invalid-email")]
    [InlineData("anv@sokhcn.bacgiang.example", "Nguyễn Văn A", null, "cán bộ; chủ nhiệm", null, "unknown-role")]
    [InlineData("anv@sokhcn.bacgiang.example", "Nguyễn Văn A", null, null, "not-a-guid", "invalid-object-id")]
    public void A_bad_row_is_rejected_with_its_line_and_a_reason_in_both_languages(string signIn, string name, string? email, string? roles, string? aad, string code)
    {
        var rows = new[] { Office[0], Row(7, signIn, name, email: email, roles: roles, aad: aad), Office[1] };

        var plan = RosterImportPlanner.Plan([], [], rows, [], T0);

        var rejected = Assert.Single(plan.Report.Rejected);
        Assert.Equal(7, rejected.Line);
        Assert.Equal(code, rejected.Problem.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Problem.Vi));
        Assert.False(string.IsNullOrWhiteSpace(rejected.Problem.En));
        Assert.NotEqual(rejected.Problem.Vi, rejected.Problem.En);
        Assert.Equal(2, plan.Report.Added.Count);
    }

    [Fact]
    public void Limits_on_name_unit_and_job_title_and_a_unit_head_without_unit_are_rejected()
    {
        var rows = new[]
        {
            Row(2, "a@x.example", new string('A', 100)),
            Row(3, "b@x.example", new string('B', 101)),
            Row(4, "c@x.example", "C", unit: new string('u', 101)),
            Row(5, "d@x.example", "D", unit: "– … –"),
            Row(6, "e@x.example", "E", jobTitle: new string('t', 129)),
            Row(7, "f@x.example", "F", unit: null, roles: "unit head"),
        };

        var plan = RosterImportPlanner.Plan([], [], rows, [], T0);

        Assert.Equal(["a@x.example"], plan.Report.Added.Select(a => a.SignInName));
        Assert.Equal(
            ["name-too-long", "unit-too-long", "invalid-unit", "job-title-too-long", "unit-head-without-unit"],
            plan.Report.Rejected.Select(r => r.Problem.Code));
        Assert.Contains("101", plan.Report.Rejected[0].Problem.Vi);
    }

    [Fact]
    public void The_second_row_with_a_sign_in_name_already_seen_is_rejected_and_the_first_is_taken()
    {
        var rows = new[] { Office[0], Office[1], Row(9, "DungHV@sokhcn.bacgiang.example", "Hoàng Dũng (trùng)") };

        var plan = RosterImportPlanner.Plan([], [], rows, [], T0);

        var rejected = Assert.Single(plan.Report.Rejected);
        Assert.Equal((9, "duplicate-sign-in"), (rejected.Line, rejected.Problem.Code));
        Assert.Contains("dòng 2", rejected.Problem.Vi);
        Assert.Equal("Hoàng Văn Dũng", plan.Changes.People.Single(p => p.SignInName == "dunghv@sokhcn.bacgiang.example").DisplayName);
    }

    [Fact]
    public void Two_people_with_one_object_id_are_refused_the_second_time()
    {
        var aad = "0b7e8a52-3c1d-4f6e-9a2b-5d4c3b2a1f00";
        var rows = new[] { Row(2, "a@x.example", "A", aad: aad.ToUpperInvariant()), Row(3, "b@x.example", "B", aad: aad) };

        var plan = RosterImportPlanner.Plan([], [], rows, [], T0);

        Assert.Equal(aad, plan.Changes.People.Single().AadObjectId);
        Assert.Equal("duplicate-object-id", Assert.Single(plan.Report.Rejected).Problem.Code);
    }

    [Fact]
    public void A_person_whose_row_is_rejected_stays_as_stored_instead_of_being_marked_as_left()
    {
        var (people, units) = Apply([], [], RosterImportPlanner.Plan([], [], Office, [], T0));
        var rows = Office.Select(r => r.Line == 4 ? r with { Roles = "trưởng phòngg" } : r).ToList();

        var plan = RosterImportPlanner.Plan(people, units, rows, [], T1);

        Assert.Empty(plan.Report.Removed);
        Assert.Equal("unknown-role", Assert.Single(plan.Report.Rejected).Problem.Code);
        Assert.Contains("trưởng phòngg", plan.Report.Rejected[0].Problem.Vi);
        Assert.Empty(plan.Changes.People);
        Assert.Empty(plan.Report.UnitsDeactivated);
    }

    [Fact]
    public void An_import_where_no_row_could_be_taken_removes_nobody_and_says_so()
    {
        var (people, units) = Apply([], [], RosterImportPlanner.Plan([], [], Office, [], T0));

        var plan = RosterImportPlanner.Plan(people, units, [Row(2, "", "Không có e-mail")], [], T1);

        Assert.Empty(plan.Changes.People);
        Assert.Empty(plan.Changes.Units);
        Assert.Equal("nothing-accepted", plan.Report.Warning?.Code);
    }

    [Fact]
    public void An_object_id_learned_later_is_kept_when_the_import_has_none_and_replaced_when_it_has_another()
    {
        var learned = new Person
        {
            SignInName = "lanpt@sokhcn.bacgiang.example", DisplayName = "Phạm Thị Lan", UnitId = "van-phong-so",
            JobTitle = "Phó Chánh Văn phòng", AadObjectId = "11111111-1111-1111-1111-111111111111", AddedAt = T0,
        };
        var (people, units) = Apply([learned], [], RosterImportPlanner.Plan([learned], [], [Office[1]], [], T0));

        Assert.Empty(RosterImportPlanner.Plan(people, units, [Office[1]], [], T1).Changes.People);

        var plan = RosterImportPlanner.Plan(people, units, [Office[1] with { AadObjectId = "22222222-2222-2222-2222-222222222222" }], [], T1);
        Assert.Equal(PersonFields.AadObjectId, Assert.Single(plan.Report.Changed).Fields);
    }

    [Fact]
    public void Unit_spellings_that_differ_in_accents_case_or_dashes_are_one_unit_named_as_first_written()
    {
        var rows = new[]
        {
            Row(2, "a@x.example", "A", unit: "Phòng Kế hoạch - Tài chính"),
            Row(3, "b@x.example", "B", unit: "phòng kế hoạch-tài chính"),
            Row(4, "c@x.example", "C", unit: "Phong Ke hoach Tai chinh"),
        };

        var plan = RosterImportPlanner.Plan([], [], rows, [], T0);

        var unit = Assert.Single(plan.Report.UnitsAdded);
        Assert.Equal(("phong-ke-hoach-tai-chinh", "Phòng Kế hoạch - Tài chính"), (unit.UnitId, unit.Name));
        Assert.All(plan.Changes.People, p => Assert.Equal("phong-ke-hoach-tai-chinh", p.UnitId));
    }

    [Theory]
    [InlineData("Phòng Kế hoạch - Tài chính", "phong-ke-hoach-tai-chinh")]
    [InlineData("Văn phòng Sở", "van-phong-so")]
    [InlineData("Trung tâm Ứng dụng tiến bộ KH&CN", "trung-tam-ung-dung-tien-bo-kh-cn")]
    [InlineData("Chi cục Tiêu chuẩn Đo lường Chất lượng", "chi-cuc-tieu-chuan-do-luong-chat-luong")]
    [InlineData("  Đội   Kỹ thuật (số 2) ", "doi-ky-thuat-so-2")]
    [InlineData("— / —", "")]
    public void Unit_ids_are_ascii_slugs_of_the_vietnamese_names(string name, string slug) =>
        Assert.Equal(slug, UnitSlug.From(name));

    [Theory]
    [InlineData("Thủ trưởng đơn vị", Role.Staff | Role.UnitHead)]
    [InlineData("THU TRUONG DON VI", Role.Staff | Role.UnitHead)]
    [InlineData("unit head; Hội đồng thi đua-khen thưởng", Role.Staff | Role.UnitHead | Role.CouncilMember)]
    [InlineData("lãnh đạo | thư kí hội đồng", Role.Staff | Role.Leadership | Role.CouncilSecretary)]
    [InlineData("Uỷ viên hội đồng, cán bộ", Role.Staff | Role.CouncilMember)]
    [InlineData("", Role.Staff)]
    public void Role_words_are_read_in_either_language_without_regard_to_case_or_diacritics(string text, Role expected)
    {
        var (roles, unknown) = RoleWords.Parse(text);
        Assert.Empty(unknown);
        Assert.Equal(expected, roles);
        Assert.Equal(expected, RoleWords.Parse(RoleWords.Format(expected)).Roles);
    }
}
