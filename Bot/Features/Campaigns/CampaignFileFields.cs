using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// One group of fields (a YAML mapping) at <see cref="Path"/>. Unknown keys are reported as soon as the group is
/// opened, with the closest known key as a suggestion; each getter reports a missing required field at the group.
/// </summary>
internal sealed class CampaignFileFields
{
    private readonly CampaignFileReader reader;
    private readonly YamlMappingNode node;
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);

    public CampaignFileFields(CampaignFileReader reader, YamlMappingNode node, string path, IReadOnlyList<string> knownKeys)
    {
        this.reader = reader;
        this.node = node;
        Path = path;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                reader.Report(key.Start, path, CampaignFileErrorCode.WrongType,
                    "tên mục phải là một từ (ví dụ “name”), không phải một danh sách hay một nhóm.",
                    "a key must be a single word (e.g. “name”), not a list or a group.");
                continue;
            }
            if (knownKeys.Contains(name))
            {
                values[name] = value;
                continue;
            }
            var keyPath = Child(name);
            var closest = CampaignText.Closest(name, knownKeys);
            var known = string.Join(", ", knownKeys);
            reader.Report(key.Start, keyPath, CampaignFileErrorCode.UnknownKey,
                closest is null
                    ? $"không có mục nào tên “{name}” ở đây. Các mục dùng được ở chỗ này: {known}."
                    : $"không có mục nào tên “{name}” ở đây. Có phải là “{closest}”?",
                closest is null
                    ? $"there is no field “{name}” here. The fields allowed here are: {known}."
                    : $"there is no field “{name}” here. Did you mean “{closest}”?");
        }
    }

    public string Path { get; }

    public Mark Start => node.Start;

    /// <summary>Where the value of <paramref name="key"/> is, or the group's start when it is absent.</summary>
    public Mark PositionOf(string key) => values.TryGetValue(key, out var value) ? value.Start : node.Start;

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>True when <paramref name="key"/> is present with a value (not blank, not null).</summary>
    public bool Has(string key) => values.TryGetValue(key, out var value) && !CampaignFileReader.IsNull(value);

    public string? Text(string key, int maxLength, bool required = true) =>
        Value(key, required) is { } value ? reader.Text(value, Child(key), maxLength) : null;

    public int? Number(string key, int min, int max, bool required = true,
        CampaignFileErrorCode rangeCode = CampaignFileErrorCode.NumberOutOfRange, string? rangeHintVi = null, string? rangeHintEn = null) =>
        Value(key, required) is { } value ? reader.Number(value, Child(key), min, max, rangeCode, rangeHintVi, rangeHintEn) : null;

    public DateOnly? Date(string key, bool required = true) =>
        Value(key, required) is { } value ? reader.Date(value, Child(key)) : null;

    public TimeOnly? Time(string key, bool required = true) =>
        Value(key, required) is { } value ? reader.Time(value, Child(key)) : null;

    public string? Id(string key, bool required = true) =>
        Value(key, required) is { } value ? reader.Id(value, Child(key)) : null;

    public VoteShare? Share(string key, bool required = true) =>
        Value(key, required) is { } value ? reader.Share(value, Child(key)) : null;

    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = true) where T : struct =>
        Value(key, required) is { } value ? reader.Choice(value, Child(key), choices) : null;

    public CampaignFileFields? Group(string key, IReadOnlyList<string> knownKeys, bool required = true) =>
        Value(key, required) is { } value ? reader.Group(value, Child(key), knownKeys) : null;

    /// <summary>
    /// The items of a list. A missing list is an <see cref="CampaignFileErrorCode.EmptyList"/> error when
    /// <paramref name="atLeastOne"/>, otherwise simply empty.
    /// </summary>
    public IReadOnlyList<(YamlNode Node, string Path)> List(string key, int maxCount, bool atLeastOne)
    {
        if (values.TryGetValue(key, out var value))
        {
            return reader.List(value, Child(key), maxCount, atLeastOne);
        }
        if (atLeastOne)
        {
            Missing(key);
        }
        return [];
    }

    public void Missing(string key)
    {
        var label = CampaignFileLabels.Of(Child(key));
        reader.Report(node.Start, Child(key), CampaignFileErrorCode.MissingField,
            $"thiếu mục “{key}” ({label.Vi}).",
            $"the field “{key}” ({label.En}) is missing.");
    }

    private YamlNode? Value(string key, bool required)
    {
        if (values.TryGetValue(key, out var value) && !CampaignFileReader.IsNull(value))
        {
            return value;
        }
        if (value is not null)
        {
            reader.Remember(Child(key), value);
        }
        if (required)
        {
            if (value is not null)
            {
                var label = CampaignFileLabels.Of(Child(key));
                reader.Report(value.Start, Child(key), CampaignFileErrorCode.MissingField,
                    $"chưa điền {label.Vi} (mục “{key}” đang để trống).",
                    $"the {label.En} is empty (field “{key}” has no value).");
            }
            else
            {
                Missing(key);
            }
        }
        return null;
    }
}
