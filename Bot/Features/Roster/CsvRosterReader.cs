using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ThiDuaBot.Bot.Features.Commands;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// Reads a roster from a CSV file as Excel and people in Vietnam write it: UTF-8 with or without a byte-order
/// mark; fields separated by <c>,</c>, <c>;</c> or tab (guessed from the header, or Excel's <c>sep=</c> first
/// line); quoted fields that may hold separators, doubled quotes and line breaks; a header row in Vietnamese or
/// English, possibly after a few title lines, with columns in any order and extra columns ignored.
/// </summary>
/// <remarks>
/// Problems with the file as a whole (not UTF-8, too big, an Excel workbook, no usable header) stop the read
/// with one message; problems with a row are left to <see cref="RosterImportPlanner"/>, which rejects that row
/// only.
/// </remarks>
public static class CsvRosterReader
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 20_000;
    /// <summary>How many records from the top may come before the header row (titles such as "DANH SÁCH CÁN BỘ…").</summary>
    private const int HeaderSearchDepth = 10;

    private static readonly char[] CandidateDelimiters = [',', ';', '\t'];

    private static readonly Column[] Columns =
    [
        new(Field.Name, "họ và tên", "name", ["Họ và tên", "Họ tên", "Tên cán bộ", "Name", "Full name", "Display name"]),
        new(Field.Surname, "họ đệm", "surname", ["Họ đệm", "Họ và tên đệm", "Họ lót", "Họ", "Surname", "Last name"]),
        new(Field.GivenName, "tên", "given name", ["Tên", "Given name", "First name"]),
        new(Field.SignIn, "tên đăng nhập", "sign-in name", ["Tên đăng nhập", "Tài khoản", "UPN", "User principal name", "Sign-in name", "Username"]),
        new(Field.Email, "e-mail", "e-mail", ["Email", "E-mail", "Thư điện tử", "Địa chỉ email", "Mail"]),
        new(Field.Unit, "đơn vị", "unit", ["Đơn vị", "Phòng", "Phòng ban", "Phòng/Đơn vị", "Bộ phận", "Unit", "Department"]),
        new(Field.JobTitle, "chức vụ", "job title", ["Chức vụ", "Chức danh", "Job title", "Title", "Position"]),
        new(Field.Roles, "vai trò", "roles", ["Vai trò", "Roles", "Role"]),
        new(Field.ObjectId, "AAD object id", "AAD object id", ["AAD object id", "Object id", "Entra object id", "Azure AD object id"]),
    ];

    private static readonly Dictionary<string, Field> FieldByHeader = Columns
        .SelectMany(column => column.Accepted.Select(name => (Key: HeaderKey(name), column.Field)))
        .GroupBy(pair => pair.Key) // "Email" and "E-mail" are one key; no key may mean two fields
        .ToDictionary(group => group.Key, group => group.Select(pair => pair.Field).Distinct().Single());

    /// <summary>Reads at most <see cref="MaxBytes"/> from the stream (a larger file is refused without reading it all).</summary>
    public static async Task<CsvRosterReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = 0;
            while (length <= MaxBytes)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static CsvRosterReadResult Read(ReadOnlySpan<byte> content)
    {
        var (text, problem) = Decode(content);
        if (problem is not null)
        {
            return CsvRosterReadResult.Failed(problem);
        }
        return Parse(text!);
    }

    private static (string? Text, RosterProblem? Problem) Decode(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            return (null, RosterProblems.FileTooLarge(MaxBytes));
        }
        if (content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return (null, RosterProblems.ExcelWorkbook());
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (null, RosterProblems.Utf16());
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }
        if (content.IndexOf((byte)0) >= 0)
        {
            // Text in UTF-16 without a byte-order mark: every other byte of Latin text is zero.
            return (null, RosterProblems.Utf16());
        }
        if (content.IsEmpty)
        {
            return (null, RosterProblems.EmptyFile());
        }
        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = content[..bytesRead].Count((byte)'\n') + 1;
            return (null, RosterProblems.NotUtf8(line));
        }
        return (new string(chars, 0, charsWritten), null);
    }

    private static CsvRosterReadResult Parse(string text)
    {
        var startLine = 1;
        char? declared = null;
        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4)
        {
            // Excel's hint line: "sep=;".
            declared = text[4];
            var end = text.IndexOf('\n');
            text = end < 0 ? "" : text[(end + 1)..];
            startLine = 2;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return CsvRosterReadResult.Failed(RosterProblems.EmptyFile());
        }

        var top = FirstLines(text);
        var candidates = declared is { } d ? [d] : CandidateDelimiters.OrderByDescending(c => top.Count(ch => ch == c)).ToArray();
        Header? header = null;
        RosterProblem? firstQuoteProblem = null;
        var delimiter = candidates[0];
        foreach (var candidate in candidates)
        {
            if (!Tokenizer.TryRead(text, candidate, startLine, HeaderSearchDepth, out var firstRecords, out var quoteProblem))
            {
                firstQuoteProblem ??= quoteProblem;
                continue;
            }
            var found = FindHeader(firstRecords);
            if (found is not null)
            {
                header = found;
                delimiter = candidate;
                break;
            }
        }
        if (header is null)
        {
            if (firstQuoteProblem is not null)
            {
                return CsvRosterReadResult.Failed(firstQuoteProblem);
            }
            Tokenizer.TryRead(text, delimiter, startLine, 1, out var first, out _);
            var fields = first.Count > 0 ? first[0].Fields : [];
            var line = first.Count > 0 ? first[0].Line : startLine;
            return CsvRosterReadResult.Failed(RosterProblems.MissingColumns(line, MissingColumns(Map(fields, line).Map)));
        }
        if (header.Problem is not null)
        {
            return CsvRosterReadResult.Failed(header.Problem);
        }

        if (!Tokenizer.TryRead(text, delimiter, startLine, int.MaxValue, out var records, out var problem))
        {
            return CsvRosterReadResult.Failed(problem!);
        }
        var rows = new List<RosterRow>();
        foreach (var record in records.Skip(header.Index + 1))
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (rows.Count == MaxRows)
            {
                return CsvRosterReadResult.Failed(RosterProblems.TooManyRows(MaxRows));
            }
            rows.Add(ToRow(record, header.Map));
        }
        return new CsvRosterReadResult(rows, null);
    }

    private static RosterRow ToRow(Record record, Dictionary<Field, int> map)
    {
        string Get(Field field) =>
            map.TryGetValue(field, out var index) && index < record.Fields.Count ? record.Fields[index].Trim() : "";
        string? Optional(Field field) => Get(field) is { Length: > 0 } value ? value : null;

        var name = map.ContainsKey(Field.Name) ? Get(Field.Name) : $"{Get(Field.Surname)} {Get(Field.GivenName)}".Trim();
        var email = Optional(Field.Email);
        return new RosterRow
        {
            Line = record.Line,
            SignInName = Optional(Field.SignIn) ?? email ?? "",
            DisplayName = name,
            Email = email,
            UnitName = Optional(Field.Unit),
            JobTitle = Optional(Field.JobTitle),
            Roles = Optional(Field.Roles),
            AadObjectId = Optional(Field.ObjectId),
            Source = RosterSources.Csv,
        };
    }

    /// <summary>The first record among the top ones that names a person and an address; or null.</summary>
    private static Header? FindHeader(IReadOnlyList<Record> top)
    {
        for (var i = 0; i < top.Count; i++)
        {
            var (map, duplicate) = Map(top[i].Fields, top[i].Line);
            var hasName = map.ContainsKey(Field.Name) || (map.ContainsKey(Field.Surname) && map.ContainsKey(Field.GivenName));
            var hasAddress = map.ContainsKey(Field.SignIn) || map.ContainsKey(Field.Email);
            if (!hasName || !hasAddress)
            {
                continue;
            }
            if (duplicate is not null)
            {
                return new Header(i, map, duplicate);
            }
            var missing = MissingColumns(map);
            return new Header(i, map, missing.Count > 0 ? RosterProblems.MissingColumns(top[i].Line, missing) : null);
        }
        return null;
    }

    private static (Dictionary<Field, int> Map, RosterProblem? Duplicate) Map(IReadOnlyList<string> cells, int line)
    {
        var map = new Dictionary<Field, int>();
        RosterProblem? duplicate = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!FieldByHeader.TryGetValue(HeaderKey(cells[i]), out var field))
            {
                continue;
            }
            if (map.TryGetValue(field, out var earlier))
            {
                duplicate ??= RosterProblems.DuplicateColumn(line, cells[earlier].Trim(), cells[i].Trim());
                continue;
            }
            map[field] = i;
        }
        return (map, duplicate);
    }

    private static List<(string Vi, string En, IReadOnlyList<string> Accepted)> MissingColumns(Dictionary<Field, int> map)
    {
        var missing = new List<(string, string, IReadOnlyList<string>)>();
        if (!map.ContainsKey(Field.Name) && !(map.ContainsKey(Field.Surname) && map.ContainsKey(Field.GivenName)))
        {
            missing.Add(("“Họ và tên”", "“Name”", [.. Accepted(Field.Name), "Họ đệm + Tên"]));
        }
        if (!map.ContainsKey(Field.SignIn) && !map.ContainsKey(Field.Email))
        {
            missing.Add(("“Email” hoặc “Tên đăng nhập”", "“Email” or “Sign-in name”", [.. Accepted(Field.Email), .. Accepted(Field.SignIn)]));
        }
        if (!map.ContainsKey(Field.Unit))
        {
            missing.Add(("“Đơn vị”", "“Unit”", Accepted(Field.Unit)));
        }
        return missing;
    }

    private static IReadOnlyList<string> Accepted(Field field) => Columns.First(c => c.Field == field).Accepted;

    /// <summary>A header cell reduced to lower-case ASCII letters and digits: "E-mail" and "email", "Họ và tên" and "HO VA TEN" meet.</summary>
    private static string HeaderKey(string cell) =>
        string.Concat(CommandText.Normalize(cell).Where(char.IsAsciiLetterOrDigit));

    private static string FirstLines(string text)
    {
        var end = 0;
        for (var lines = 0; lines < HeaderSearchDepth && end >= 0 && end < text.Length; lines++)
        {
            end = text.IndexOf('\n', end + 1);
        }
        return end < 0 ? text : text[..end];
    }

    private enum Field
    {
        Name,
        Surname,
        GivenName,
        SignIn,
        Email,
        Unit,
        JobTitle,
        Roles,
        ObjectId,
    }

    private sealed record Column(Field Field, string Vi, string En, IReadOnlyList<string> Accepted);

    private sealed record Header(int Index, Dictionary<Field, int> Map, RosterProblem? Problem);

    private sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>Splits text into records (RFC 4180, leniently: a stray quote inside an unquoted field is kept as a character).</summary>
    private static class Tokenizer
    {
        public static bool TryRead(string text, char delimiter, int firstLine, int maxRecords, out List<Record> records, out RosterProblem? problem)
        {
            records = [];
            problem = null;
            var line = firstLine;
            var i = 0;
            var field = new StringBuilder();
            while (i < text.Length && records.Count < maxRecords)
            {
                var recordLine = line;
                var fields = new List<string>();
                while (true)
                {
                    field.Clear();
                    if (i < text.Length && text[i] == '"')
                    {
                        var openLine = line;
                        i++;
                        while (true)
                        {
                            if (i >= text.Length)
                            {
                                problem = RosterProblems.UnclosedQuote(openLine);
                                return false;
                            }
                            var c = text[i];
                            if (c == '"')
                            {
                                if (i + 1 < text.Length && text[i + 1] == '"')
                                {
                                    field.Append('"');
                                    i += 2;
                                    continue;
                                }
                                i++;
                                break;
                            }
                            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                            {
                                line++;
                            }
                            field.Append(c);
                            i++;
                        }
                    }
                    while (i < text.Length && text[i] != delimiter && text[i] != '\r' && text[i] != '\n')
                    {
                        field.Append(text[i]);
                        i++;
                    }
                    fields.Add(field.ToString());
                    if (i < text.Length && text[i] == delimiter)
                    {
                        i++;
                        continue;
                    }
                    if (i < text.Length && text[i] == '\r')
                    {
                        i++;
                    }
                    if (i < text.Length && text[i] == '\n')
                    {
                        i++;
                    }
                    line++;
                    break;
                }
                records.Add(new Record(recordLine, fields));
            }
            return true;
        }
    }
}
