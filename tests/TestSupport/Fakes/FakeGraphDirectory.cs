namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>
/// What the <see cref="FakeGraph"/> serves: users, and groups as lists of member ids (an id that is not a user's is
/// served as a nested group).
/// </summary>
public sealed record FakeGraphDirectory(IReadOnlyList<FakeGraphUser> Users, IReadOnlyDictionary<string, IReadOnlyList<string>> GroupMembers)
{
    public const string Domain = "sokhcn.bacgiang.example";
    public const string CouncilGroupId = "3f6d2c1b-7a8e-4b5c-9d0e-1f2a3b4c5d6e";
    public const string NestedGroupId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    public const string LeadershipDepartment = "Ban Giám đốc Sở";
    public const string Office = "Văn phòng Sở";
    public const string Planning = "Phòng Kế hoạch - Tài chính";
    public const string Science = "Phòng Quản lý khoa học";
    public const string Inspection = "Thanh tra Sở";
    public const string Centre = "Trung tâm Ứng dụng tiến bộ KH&CN";

    /// <summary>The object id of the <paramref name="n"/>th seed user.</summary>
    public static string Id(int n) => $"5c0b1e2a-4d3f-4e6a-8b7c-{n:x12}";

    public static string Upn(string name) => $"{name}@{Domain}";

    public FakeGraphUser User(string userPrincipalName) => Users.Single(u => u.UserPrincipalName == userPrincipalName);

    /// <summary>
    /// Thirty fictional staff of Sở Khoa học và Công nghệ tỉnh Bắc Giang: the director and two deputies, five units,
    /// managers set as a real directory would have them (except in Phòng Quản lý khoa học, where nobody has one),
    /// one disabled account, one guest, and the council group (with a nested group among its members).
    /// </summary>
    public static FakeGraphDirectory SoKhcnBacGiang()
    {
        var users = new List<FakeGraphUser>();
        FakeGraphUser Add(string upn, string name, string? department, string? title, FakeGraphUser? manager = null, bool enabled = true, string type = "Member")
        {
            var user = new FakeGraphUser(Id(users.Count + 1), name, upn.Contains('@', StringComparison.Ordinal) ? upn : Upn(upn), department, title, manager?.Id, enabled, type);
            users.Add(user);
            return user;
        }

        var director = Add("minhtq", "Trần Quang Minh", LeadershipDepartment, "Giám đốc Sở");
        var deputy1 = Add("haltt", "Lê Thị Thu Hà", LeadershipDepartment, "Phó Giám đốc Sở", director);
        var deputy2 = Add("binhnv", "Nguyễn Văn Bình", LeadershipDepartment, "Phó Giám đốc Sở", director);

        var officeHead = Add("dunghv", "Hoàng Văn Dũng", Office, "Chánh Văn phòng", director);
        var officeDeputy = Add("lanpt", "Phạm Thị Lan", Office, "Phó Chánh Văn phòng", officeHead);
        Add("nhungdth", "Đỗ Thị Hồng Nhung", Office, "Chuyên viên", officeDeputy);
        Add("tuanvm", "Vũ Minh Tuấn", Office, "Chuyên viên", officeDeputy);
        Add("maint", "Ngô Thị Mai", Office, "Văn thư", officeHead);
        Add("khanhbv", "Bùi Văn Khánh", Office, "Nhân viên", officeHead, enabled: false);

        var planningHead = Add("haidv", "Đặng Văn Hải", Planning, "Trưởng phòng Kế hoạch - Tài chính", deputy1);
        Add("huongntt", "Nguyễn Thị Thanh Hương", Planning, "Phó Trưởng phòng", planningHead);
        Add("yentt", "Trịnh Thị Yến", Planning, "Kế toán", planningHead);
        Add("thanglv", "Lương Văn Thắng", Planning, "Chuyên viên", planningHead);
        Add("anhntn", "Nguyễn Thị Ngọc Ánh", Planning, "Chuyên viên", planningHead);

        Add("longpv", "Phan Văn Long", Science, "Trưởng phòng");
        Add("thaodt", "Đinh Thị Thảo", Science, "Phó Trưởng phòng");
        Add("quyhv", "Hà Văn Quý", Science, "Chuyên viên");
        Add("phuongtt", "Tạ Thị Phương", Science, "Chuyên viên");
        Add("thanhnd", "Nguyễn Đức Thành", Science, "Chuyên viên");

        var inspector = Add("cuongvv", "Vương Văn Cường", Inspection, "Chánh Thanh tra", director);
        Add("loannt", "Nguyễn Thị Loan", Inspection, "Phó Chánh Thanh tra", inspector);
        Add("phuclv", "Lê Văn Phúc", Inspection, "Thanh tra viên", inspector);
        Add("tranghtt", "Hoàng Thị Thu Trang", Inspection, "Thanh tra viên", inspector);

        // The centre's head has a bare "Giám đốc" title: only the manager rule makes him its unit head.
        var centreHead = Add("nghiacv", "Chu Văn Nghĩa", Centre, "Giám đốc", deputy2);
        var centreDeputy = Add("hangnt", "Nguyễn Thị Hằng", Centre, "Phó Giám đốc Trung tâm", centreHead);
        Add("huytv", "Tô Văn Huy", Centre, "Kỹ sư", centreDeputy);
        Add("vandt", "Đoàn Thị Vân", Centre, "Kỹ sư", centreDeputy);
        Add("tienlv", "Lã Văn Tiến", Centre, "Kỹ thuật viên", centreDeputy);
        Add("linhqtd", "Quách Thị Diệu Linh", Centre, "Kỹ sư", centreHead);

        Add("chuyengia_vien-khcn.example#EXT#@sokhcnbacgiang.onmicrosoft.example", "Chuyên gia tư vấn (khách)", Science, "Chuyên gia", type: "Guest");

        var council = new List<string> { director.Id, deputy1.Id, officeHead.Id, planningHead.Id, inspector.Id };
        council.Add(users.Single(u => u.UserPrincipalName == Upn("thaodt")).Id);
        council.Add(users.Single(u => u.UserPrincipalName == Upn("khanhbv")).Id); // disabled: not imported
        council.Add(NestedGroupId); // a nested group: not a person
        return new FakeGraphDirectory(users, new Dictionary<string, IReadOnlyList<string>> { [CouncilGroupId] = council });
    }
}
