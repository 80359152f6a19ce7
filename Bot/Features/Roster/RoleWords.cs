using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// The words a roster uses for roles, in Vietnamese or English, matched without regard to case or diacritics
/// ("Thủ trưởng đơn vị", "thu truong don vi", "unit head"). Several roles in one cell are separated by
/// <c>,</c> <c>;</c> or <c>|</c>. Everyone on a roster is staff; the words add to that.
/// </summary>
public static class RoleWords
{
    public static readonly IReadOnlyList<char> Separators = [',', ';', '|'];

    private static readonly (Role Role, string[] Words)[] Vocabulary =
    [
        (Role.Staff, ["cán bộ", "công chức", "viên chức", "nhân viên", "người lao động", "lao động", "cán bộ công chức", "staff", "employee"]),
        (Role.UnitHead, ["thủ trưởng đơn vị", "thủ trưởng", "trưởng đơn vị", "trưởng phòng", "chánh văn phòng", "chánh thanh tra",
            "chi cục trưởng", "giám đốc trung tâm", "unit head", "head of unit", "head"]),
        (Role.Leadership, ["lãnh đạo", "lãnh đạo sở", "ban giám đốc", "leadership", "leader"]),
        (Role.CouncilMember, ["hội đồng", "thành viên hội đồng", "ủy viên hội đồng", "hội đồng thi đua khen thưởng", "hđtđkt",
            "chủ tịch hội đồng", "phó chủ tịch hội đồng", "council", "council member"]),
        (Role.CouncilSecretary, ["thư ký", "thư ký hội đồng", "ủy viên thư ký", "council secretary", "secretary"]),
    ];

    private static readonly Dictionary<string, Role> ByWord = Vocabulary
        .SelectMany(entry => entry.Words.Select(word => (Key: Fold(word), entry.Role)))
        .ToDictionary(pair => pair.Key, pair => pair.Role);

    /// <summary>The canonical word for each role, as <see cref="Format"/> writes it.</summary>
    private static readonly (Role Role, string Word)[] Canonical =
    [
        (Role.Staff, "staff"),
        (Role.UnitHead, "unit head"),
        (Role.Leadership, "leadership"),
        (Role.CouncilMember, "council member"),
        (Role.CouncilSecretary, "council secretary"),
    ];

    /// <summary>Words people can write, one per role, for messages: Vietnamese then English.</summary>
    public const string AcceptedVi = "cán bộ, thủ trưởng đơn vị (trưởng phòng), lãnh đạo, thành viên hội đồng, thư ký hội đồng";
    public const string AcceptedEn = "staff, unit head, leadership, council member, council secretary";

    /// <summary>Reads a cell of role words. Unknown words are returned, not guessed at; staff is always included.</summary>
    public static (Role Roles, IReadOnlyList<string> Unknown) Parse(string? text)
    {
        var roles = Role.Staff;
        var unknown = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (roles, unknown);
        }
        foreach (var word in text.Split(Separators.ToArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ByWord.TryGetValue(Fold(word), out var role))
            {
                roles |= role;
            }
            else
            {
                unknown.Add(word);
            }
        }
        return (roles, unknown);
    }

    /// <summary>Roles as canonical English words joined by <c>|</c>, which <see cref="Parse"/> reads back.</summary>
    public static string Format(Role roles) =>
        string.Join('|', Canonical.Where(entry => (roles & entry.Role) == entry.Role).Select(entry => entry.Word));

    private static string Fold(string word) => CommandText.Normalize(word);
}
