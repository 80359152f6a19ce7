using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// Reads values out of the YAML representation model and collects every error with the line, column and field path
/// of the node it came from. Also remembers where each field was, so later cross-field rules can point at it.
/// </summary>
internal sealed partial class CampaignFileReader
{
    private readonly List<CampaignFileError> errors = [];
    private readonly Dictionary<string, Mark> positions = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<CampaignFileError> Errors =>
        errors.OrderBy(error => error.Line).ThenBy(error => error.Column).ToList();

    public void Report(Mark at, string path, CampaignFileErrorCode code, string vi, string en) =>
        ReportAt((int)at.Line, (int)at.Column, path, code, vi, en);

    /// <summary>Reports at the remembered position of <paramref name="path"/>.</summary>
    public void Report(string path, CampaignFileErrorCode code, string vi, string en) =>
        Report(PositionOf(path), path, code, vi, en);

    public void ReportAt(int line, int column, string path, CampaignFileErrorCode code, string vi, string en)
    {
        line = Math.Max(line, 1);
        column = Math.Max(column, 1);
        var where = path.Length == 0 ? "" : $", {path}";
        errors.Add(new CampaignFileError(line, column, path, code, $"Dòng {line}{where}: {vi}", $"Line {line}{where}: {en}"));
    }

    public void Remember(string path, YamlNode node) => positions[path] = node.Start;

    public Mark PositionOf(string path) => positions.TryGetValue(path, out var mark) ? mark : Mark.Empty;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    // ---- values ---------------------------------------------------------------------------------------------

    public string? Text(YamlNode node, string path, int maxLength)
    {
        if (Scalar(node, path, "một đoạn chữ", "text") is not { } value)
        {
            return null;
        }
        var text = value.Trim();
        if (text.Length == 0)
        {
            var label = CampaignFileLabels.Of(path);
            Report(node.Start, path, CampaignFileErrorCode.MissingField,
                $"chưa điền {label.Vi}.", $"the {label.En} is empty.");
            return null;
        }
        if (text.Length > maxLength)
        {
            var label = CampaignFileLabels.Of(path);
            Report(node.Start, path, CampaignFileErrorCode.TextTooLong,
                $"{label.Vi} dài {CampaignText.CountVi(text.Length)} ký tự, tối đa được {CampaignText.CountVi(maxLength)} ký tự. Hãy rút gọn.",
                $"the {label.En} is {CampaignText.CountEn(text.Length)} characters long; at most {CampaignText.CountEn(maxLength)} are allowed. Please shorten it.");
            return null;
        }
        return text;
    }

    public int? Number(YamlNode node, string path, int min, int max, CampaignFileErrorCode rangeCode,
        string? rangeHintVi = null, string? rangeHintEn = null)
    {
        if (Scalar(node, path, "một số nguyên", "a whole number") is not { } value)
        {
            return null;
        }
        var label = CampaignFileLabels.Of(path);
        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Report(node.Start, path, CampaignFileErrorCode.WrongType,
                $"{label.Vi} phải là một số nguyên (chỉ gồm chữ số, ví dụ {min}), không phải “{value.Trim()}”.",
                $"the {label.En} must be a whole number (digits only, e.g. {min}), not “{value.Trim()}”.");
            return null;
        }
        if (number < min || number > max)
        {
            Report(node.Start, path, rangeCode,
                $"{label.Vi} là {number}, nhưng phải từ {min} đến {max}.{rangeHintVi}",
                $"the {label.En} is {number} but must be between {min} and {max}.{rangeHintEn}");
            return null;
        }
        return number;
    }

    public DateOnly? Date(YamlNode node, string path)
    {
        if (Scalar(node, path, "một ngày dạng năm-tháng-ngày (ví dụ 2013-03-20)", "a date as year-month-day (e.g. 2013-03-20)") is not { } value)
        {
            return null;
        }
        var text = value.Trim();
        var label = CampaignFileLabels.Of(path);
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            var (year, month, day) = (Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value));
            if (!Exists(year, month, day))
            {
                Report(node.Start, path, CampaignFileErrorCode.InvalidDate,
                    $"{label.Vi} “{text}” là ngày {day} tháng {month} năm {year}, ngày này không có trên lịch. Hãy kiểm tra lại ngày và tháng.",
                    $"the {label.En} “{text}” (day {day} of month {month}, {year}) does not exist in the calendar. Please check the day and the month.");
                return null;
            }
            var date = new DateOnly(year, month, day);
            var written = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (written == text)
            {
                return date;
            }
            Report(node.Start, path, CampaignFileErrorCode.InvalidDate,
                $"{label.Vi} “{text}” phải viết tháng và ngày bằng hai chữ số: {written}.",
                $"the {label.En} “{text}” needs two digits for the month and the day: {written}.");
            return null;
        }
        var local = LocalDate().Match(text);
        if (local.Success)
        {
            var (day, month, year) = (Int(local.Groups[1].Value), Int(local.Groups[2].Value), Int(local.Groups[3].Value));
            var suggestion = Exists(year, month, day) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
            var hintVi = suggestion is null
                ? $" Lưu ý: ngày {day} tháng {month} năm {year} cũng không có trên lịch."
                : $" Ngày này viết đúng là: {suggestion}.";
            var hintEn = suggestion is null
                ? $" Note that day {day} of month {month}, {year} does not exist either."
                : $" Written correctly, this date is {suggestion}.";
            Report(node.Start, path, CampaignFileErrorCode.InvalidDate,
                $"{label.Vi} “{text}” viết sai dạng. Trong tệp, ngày phải viết theo dạng năm-tháng-ngày (yyyy-MM-dd), ví dụ 2013-03-20 cho ngày 20/03/2013.{hintVi}",
                $"the {label.En} “{text}” is in the wrong format. In the file, dates are written year-month-day (yyyy-MM-dd), e.g. 2013-03-20 for 20 March 2013.{hintEn}");
            return null;
        }
        Report(node.Start, path, CampaignFileErrorCode.InvalidDate,
            $"“{text}” không phải là một ngày. {label.Vi} phải viết theo dạng năm-tháng-ngày (yyyy-MM-dd), ví dụ 2013-03-20.",
            $"“{text}” is not a date. The {label.En} must be written year-month-day (yyyy-MM-dd), e.g. 2013-03-20.");
        return null;
    }

    public TimeOnly? Time(YamlNode node, string path)
    {
        if (Scalar(node, path, "một giờ dạng giờ:phút (ví dụ 08:30)", "a time as hours:minutes (e.g. 08:30)") is not { } value)
        {
            return null;
        }
        var text = value.Trim();
        if (TimeOfDay().IsMatch(text)
            && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        var label = CampaignFileLabels.Of(path);
        Report(node.Start, path, CampaignFileErrorCode.InvalidTime,
            $"{label.Vi} “{text}” không đúng. Giờ phải viết theo dạng giờ:phút với hai chữ số, từ 00:00 đến 23:59, ví dụ 08:30.",
            $"the {label.En} “{text}” is not valid. Write times as hours:minutes with two digits each, from 00:00 to 23:59, e.g. 08:30.");
        return null;
    }

    public string? Id(YamlNode node, string path)
    {
        if (Scalar(node, path, "một mã viết liền, ví dụ noi-dung-1", "an id such as content-1") is not { } value)
        {
            return null;
        }
        var id = value.Trim();
        var label = CampaignFileLabels.Of(path);
        if (id.Length == 0)
        {
            Report(node.Start, path, CampaignFileErrorCode.MissingField, $"chưa điền {label.Vi}.", $"the {label.En} is empty.");
            return null;
        }
        if (id.Length > CampaignFileLimits.MaxIdLength || !Slug().IsMatch(id))
        {
            var suggestion = CampaignText.ToSlug(id);
            if (suggestion.Length > CampaignFileLimits.MaxIdLength)
            {
                suggestion = suggestion[..CampaignFileLimits.MaxIdLength].TrimEnd('-');
            }
            var hintVi = suggestion.Length > 0 ? $", ví dụ “{suggestion}”" : "";
            var hintEn = suggestion.Length > 0 ? $", e.g. “{suggestion}”" : "";
            Report(node.Start, path, CampaignFileErrorCode.InvalidId,
                $"{label.Vi} “{id}” không hợp lệ. Mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang giữa các từ, không có dấu cách, dài tối đa {CampaignFileLimits.MaxIdLength} ký tự{hintVi}.",
                $"the {label.En} “{id}” is not valid. An id has only lower-case letters without diacritics (a–z), digits and single hyphens between words, no spaces, at most {CampaignFileLimits.MaxIdLength} characters{hintEn}.");
            return null;
        }
        return id;
    }

    public VoteShare? Share(YamlNode node, string path)
    {
        if (Scalar(node, path, "một tỷ lệ như 70% hoặc 2/3", "a share such as 70% or 2/3") is not { } value)
        {
            return null;
        }
        if (VoteShare.TryParse(value, out var share))
        {
            return share;
        }
        var label = CampaignFileLabels.Of(path);
        Report(node.Start, path, CampaignFileErrorCode.InvalidShare,
            $"{label.Vi} “{value.Trim()}” không đúng. Hãy viết một tỷ lệ lớn hơn 0 và không quá 100%, dạng phần trăm (ví dụ 70%) hoặc phân số (ví dụ 2/3).",
            $"the {label.En} “{value.Trim()}” is not valid. Write a share above 0 and at most 100%, as a percentage (e.g. 70%) or a fraction (e.g. 2/3).");
        return null;
    }

    public T? Choice<T>(YamlNode node, string path, IReadOnlyDictionary<string, T> choices) where T : struct
    {
        if (Scalar(node, path, "một từ khóa", "a keyword") is not { } value)
        {
            return null;
        }
        if (choices.TryGetValue(value.Trim(), out var choice))
        {
            return choice;
        }
        var label = CampaignFileLabels.Of(path);
        var allowed = string.Join(", ", choices.Keys);
        var closest = CampaignText.Closest(value.Trim(), choices.Keys);
        var hintVi = closest is null ? "" : $" Có phải là “{closest}”?";
        var hintEn = closest is null ? "" : $" Did you mean “{closest}”?";
        Report(node.Start, path, CampaignFileErrorCode.InvalidChoice,
            $"{label.Vi} “{value.Trim()}” không đúng; chỉ được dùng một trong các từ: {allowed}.{hintVi}",
            $"the {label.En} “{value.Trim()}” is not valid; use one of: {allowed}.{hintEn}");
        return null;
    }

    // ---- structure ------------------------------------------------------------------------------------------

    /// <summary>A group of fields (a YAML mapping) whose keys must be among <paramref name="knownKeys"/>.</summary>
    public CampaignFileFields? Group(YamlNode node, string path, IReadOnlyList<string> knownKeys)
    {
        Remember(path, node);
        if (node is YamlMappingNode mapping)
        {
            return new CampaignFileFields(this, mapping, path, knownKeys);
        }
        WrongType(node, path, "một nhóm các mục con (mỗi dòng dạng “tên: giá trị”, thụt vào đầu dòng)",
            "a group of fields (indented “key: value” lines)");
        return null;
    }

    /// <summary>The items of a list, each with its path (<c>phases[1]</c>); at most <paramref name="maxCount"/> are returned.</summary>
    public IReadOnlyList<(YamlNode Node, string Path)> List(YamlNode node, string path, int maxCount, bool atLeastOne)
    {
        Remember(path, node);
        var label = CampaignFileLabels.Of(path);
        if (node is not YamlSequenceNode sequence)
        {
            if (IsNull(node) && atLeastOne)
            {
                ReportEmpty(node.Start, path, label);
                return [];
            }
            if (IsNull(node))
            {
                return [];
            }
            WrongType(node, path, "một danh sách (mỗi phần tử một dòng, bắt đầu bằng “- ”)",
                "a list (one item per line, starting with “- ”)");
            return [];
        }
        if (sequence.Children.Count == 0 && atLeastOne)
        {
            ReportEmpty(node.Start, path, label);
            return [];
        }
        if (sequence.Children.Count > maxCount)
        {
            var extra = sequence.Children[maxCount];
            Report(extra.Start, $"{path}[{maxCount}]", CampaignFileErrorCode.TooManyItems,
                $"{label.Vi} có {sequence.Children.Count} mục, tối đa được {maxCount} mục.",
                $"there are {sequence.Children.Count} {label.En}; at most {maxCount} are allowed.");
        }
        var items = new List<(YamlNode, string)>();
        foreach (var (child, index) in sequence.Children.Take(maxCount).Select((child, index) => (child, index)))
        {
            var itemPath = $"{path}[{index}]";
            Remember(itemPath, child);
            items.Add((child, itemPath));
        }
        return items;
    }

    private void ReportEmpty(Mark at, string path, (string Vi, string En) label) =>
        Report(at, path, CampaignFileErrorCode.EmptyList,
            $"cần ít nhất một mục trong {label.Vi}.", $"at least one item is needed in the {label.En}.");

    private string? Scalar(YamlNode node, string path, string expectedVi, string expectedEn)
    {
        Remember(path, node);
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }
        WrongType(node, path, expectedVi, expectedEn);
        return null;
    }

    private void WrongType(YamlNode node, string path, string expectedVi, string expectedEn)
    {
        var (foundVi, foundEn) = node switch
        {
            YamlSequenceNode => ("một danh sách", "a list"),
            YamlMappingNode => ("một nhóm mục con", "a group of fields"),
            _ => ("một giá trị đơn", "a single value"),
        };
        var label = CampaignFileLabels.Of(path);
        Report(node.Start, path, CampaignFileErrorCode.WrongType,
            $"{label.Vi} phải là {expectedVi}, nhưng ở đây là {foundVi}.",
            $"the {label.En} must be {expectedEn}, but here it is {foundEn}.");
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool Exists(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")]
    private static partial Regex LocalDate();

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
