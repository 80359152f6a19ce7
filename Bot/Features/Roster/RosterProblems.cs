using System.Globalization;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>Every roster problem the bot reports, in Vietnamese and English, with its code.</summary>
public static class RosterProblems
{
    public const int MaxNameLength = 100;
    public const int MaxUnitNameLength = 100;
    public const int MaxJobTitleLength = 128;

    // Rows

    public static RosterProblem MissingSignInName() => new("missing-sign-in",
        "Thiếu tên đăng nhập (e-mail).",
        "The sign-in name (e-mail) is missing.");

    public static RosterProblem InvalidSignInName(string value) => new("invalid-sign-in",
        $"Tên đăng nhập “{value}” không phải địa chỉ dạng ten@ten-mien (chỉ chữ không dấu, số và . _ - +).",
        $"The sign-in name “{value}” is not an address like name@domain (plain letters, digits and . _ - + only).");

    public static RosterProblem InvalidEmail(string value) => new("invalid-email",
        $"E-mail “{value}” không hợp lệ.",
        $"The e-mail address “{value}” is not valid.");

    public static RosterProblem MissingName() => new("missing-name",
        "Họ và tên để trống.",
        "The name is empty.");

    public static RosterProblem NameTooLong(int length) => new("name-too-long",
        $"Họ và tên dài {length} ký tự, quá giới hạn {MaxNameLength}.",
        $"The name is {length} characters long, over the limit of {MaxNameLength}.");

    public static RosterProblem UnitNameTooLong(int length) => new("unit-too-long",
        $"Tên đơn vị dài {length} ký tự, quá giới hạn {MaxUnitNameLength}.",
        $"The unit name is {length} characters long, over the limit of {MaxUnitNameLength}.");

    public static RosterProblem InvalidUnitName(string value) => new("invalid-unit",
        $"Tên đơn vị “{value}” không có chữ hay số nào.",
        $"The unit name “{value}” has no letter or digit.");

    public static RosterProblem JobTitleTooLong(int length) => new("job-title-too-long",
        $"Chức vụ dài {length} ký tự, quá giới hạn {MaxJobTitleLength}.",
        $"The job title is {length} characters long, over the limit of {MaxJobTitleLength}.");

    public static RosterProblem UnknownRoles(IReadOnlyList<string> words) => new("unknown-role",
        $"Không hiểu vai trò {Quote(words)}. Dùng: {RoleWords.AcceptedVi}.",
        $"Unknown role {Quote(words)}. Use: {RoleWords.AcceptedEn}.");

    public static RosterProblem UnitHeadWithoutUnit() => new("unit-head-without-unit",
        "Thủ trưởng đơn vị phải có tên đơn vị.",
        "A unit head must have a unit.");

    public static RosterProblem InvalidObjectId(string value) => new("invalid-object-id",
        $"AAD object id “{value}” không phải GUID.",
        $"The AAD object id “{value}” is not a GUID.");

    public static RosterProblem DuplicateSignInName(int firstLine) => new("duplicate-sign-in",
        $"Trùng tên đăng nhập với dòng {N(firstLine)}; chỉ dòng {N(firstLine)} được nhận.",
        $"Same sign-in name as line {N(firstLine)}; only line {N(firstLine)} is taken.");

    public static RosterProblem DuplicateObjectId(int firstLine) => new("duplicate-object-id",
        $"Trùng AAD object id với dòng {N(firstLine)}.",
        $"Same AAD object id as line {N(firstLine)}.");

    public static RosterProblem NothingAccepted() => new("nothing-accepted",
        "Không có dòng nào hợp lệ nên danh sách cũ được giữ nguyên, không ai bị đưa ra khỏi danh sách.",
        "No row could be taken, so the roster stays as it was and nobody is marked as left.");

    // Files

    public static RosterProblem EmptyFile() => new("empty-file",
        "Tệp trống.",
        "The file is empty.");

    public static RosterProblem FileTooLarge(long limitBytes) => new("file-too-large",
        $"Tệp lớn hơn {Megabytes(limitBytes)} MB. Hãy chia thành nhiều tệp hoặc bỏ các cột không cần.",
        $"The file is larger than {Megabytes(limitBytes)} MB. Split it or drop the columns that are not needed.");

    public static RosterProblem TooManyRows(int limit) => new("too-many-rows",
        $"Tệp có hơn {Vi(limit)} dòng dữ liệu, quá giới hạn. Hãy chia thành nhiều tệp.",
        $"The file has more than {En(limit)} data rows, over the limit. Split it into several files.");

    public static RosterProblem NotUtf8(int line) => new("not-utf8",
        $"Tệp không phải văn bản UTF-8 (lỗi ở dòng {N(line)}). Có thể tệp được lưu theo bảng mã Windows-1258, TCVN3 hoặc VNI. "
            + "Trong Excel hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)”.",
        $"The file is not UTF-8 text (first bad byte on line {N(line)}). It may have been saved as Windows-1258, TCVN3 or VNI. "
            + "In Excel choose Save As → “CSV UTF-8 (Comma delimited)”.");

    public static RosterProblem Utf16() => new("utf16",
        "Tệp được lưu theo bảng mã UTF-16 (“Unicode Text”). Trong Excel hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)”.",
        "The file is UTF-16 (“Unicode Text”). In Excel choose Save As → “CSV UTF-8 (Comma delimited)”.");

    public static RosterProblem ExcelWorkbook() => new("excel-workbook",
        "Đây là sổ tính Excel (.xlsx/.xls), không phải tệp CSV. Trong Excel hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)”.",
        "This is an Excel workbook (.xlsx/.xls), not a CSV file. In Excel choose Save As → “CSV UTF-8 (Comma delimited)”.");

    public static RosterProblem UnclosedQuote(int line) => new("unclosed-quote",
        $"Dấu ngoặc kép mở ở dòng {N(line)} không được đóng.",
        $"The double quote opened on line {N(line)} is never closed.");

    public static RosterProblem MissingColumns(int headerLine, IReadOnlyList<(string Vi, string En, IReadOnlyList<string> Accepted)> missing) => new("missing-column",
        $"Dòng tiêu đề (dòng {N(headerLine)}) thiếu "
            + string.Join("; ", missing.Select(m => $"cột {m.Vi} — tên cột được chấp nhận: {string.Join(", ", m.Accepted)}")) + ".",
        $"The header row (line {N(headerLine)}) lacks "
            + string.Join("; ", missing.Select(m => $"the {m.En} column — accepted names: {string.Join(", ", m.Accepted)}")) + ".");

    public static RosterProblem DuplicateColumn(int headerLine, string first, string second) => new("duplicate-column",
        $"Dòng tiêu đề (dòng {N(headerLine)}) có hai cột cùng nghĩa: “{first}” và “{second}”. Hãy giữ một cột.",
        $"The header row (line {N(headerLine)}) has two columns meaning the same: “{first}” and “{second}”. Keep one.");

    // Microsoft Graph

    public static RosterProblem GraphNotConfigured() => new("graph-not-configured",
        "Bot chưa có thông tin đăng nhập ứng dụng (MicrosoftAppId, MicrosoftAppPassword) nên không đọc được danh bạ Microsoft 365. Hãy nhập danh sách từ tệp CSV.",
        "The bot has no app credentials (MicrosoftAppId, MicrosoftAppPassword), so it cannot read the Microsoft 365 directory. Import a CSV file instead.");

    public static RosterProblem GraphSignInFailed() => new("graph-sign-in-failed",
        "Bot không đăng nhập được Microsoft Graph cho tổ chức này. Hãy kiểm tra thông tin ứng dụng và việc quản trị viên đã đồng ý cấp quyền.",
        "The bot could not sign in to Microsoft Graph for this organisation. Check the app credentials and the administrator's consent.");

    public static RosterProblem GraphDenied(int status) => new("graph-denied",
        $"Microsoft Graph từ chối (HTTP {status.ToString(CultureInfo.InvariantCulture)}). Quản trị viên cần cấp cho ứng dụng quyền User.Read.All và GroupMember.Read.All (loại Application) và đồng ý cho tổ chức.",
        $"Microsoft Graph refused (HTTP {status.ToString(CultureInfo.InvariantCulture)}). An administrator must grant the app the User.Read.All and GroupMember.Read.All application permissions, with admin consent.");

    public static RosterProblem CouncilGroupNotFound(string groupId) => new("council-group-not-found",
        $"Không tìm thấy nhóm Hội đồng Thi đua-Khen thưởng có id “{groupId}” (Roster:Graph:CouncilGroupId).",
        $"The council group with id “{groupId}” (Roster:Graph:CouncilGroupId) was not found.");

    public static RosterProblem TooManyUsers(int limit) => new("too-many-users",
        $"Danh bạ có hơn {Vi(limit)} người dùng. Hãy giới hạn theo phòng ban (Roster:Graph:Departments) hoặc nhập từ tệp CSV.",
        $"The directory has more than {En(limit)} users. Limit the import to departments (Roster:Graph:Departments) or import a CSV file.");

    private static string Quote(IReadOnlyList<string> words) => string.Join(", ", words.Select(w => $"“{w}”"));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Vi(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    private static string En(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-US"));

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
