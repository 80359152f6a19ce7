using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// The sample campaign: the seed plan of 2013, shipped as <c>campaigns/ke-hoach-thi-dua-2013.yaml</c> and embedded in
/// this assembly, so the bot can offer "load the sample" without a file path.
/// </summary>
public static class SampleCampaign
{
    public const string FileName = "ke-hoach-thi-dua-2013.yaml";

    public const string ResourceName = "ThiDuaBot.Campaigns." + FileName;

    /// <summary>The sample file's text, comments included, as the secretary would download and edit it.</summary>
    public static string ReadYaml()
    {
        using var stream = typeof(SampleCampaign).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded sample campaign {ResourceName} is missing from the Bot assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A copy of the sample moved to <paramref name="year"/> for trying the bot today: the id, the year and every
    /// date move by whole years, and the title says it is a trial copy. Texts that quote 2013 stay as they are.
    /// </summary>
    public static string ReadYamlForYear(int year)
    {
        var definition = Load();
        var shift = year - definition.Year;
        var yaml = ReadYaml();
        yaml = Regex.Replace(yaml, @"^id: (\S+)-" + definition.Year + "$", m => $"id: {m.Groups[1].Value}-{year}", RegexOptions.Multiline);
        yaml = Regex.Replace(yaml, @"^year: \d{4}$", $"year: {year}", RegexOptions.Multiline);
        yaml = Regex.Replace(yaml, @"^title: (.+)$", m => $"title: {m.Groups[1].Value} (bản chạy thử năm {year})", RegexOptions.Multiline);
        // Dates as values (after "key: " or "- key: "), not dates quoted inside texts.
        return Regex.Replace(yaml, @"(?<=^\s*(?:- )?[a-zA-Z]+: )(\d{4})-(\d{2})-(\d{2})\b", m =>
            DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddYears(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RegexOptions.Multiline);
    }

    /// <summary>The year to move the sample to so that, on <paramref name="today"/>, its pledge round is still open.</summary>
    public static int TrialYear(DateOnly today)
    {
        var deadline = Load().PledgeDeadline;
        return today <= new DateOnly(today.Year, deadline.Month, deadline.Day) ? today.Year : today.Year + 1;
    }

    /// <summary>The sample, parsed. A sample that does not parse is a bug in the build, so it throws.</summary>
    public static CampaignDefinition Load()
    {
        var result = CampaignFileParser.Parse(ReadYaml());
        return result.IsValid
            ? result.Definition
            : throw new InvalidOperationException(
                "The embedded sample campaign does not parse: " + string.Join(" | ", result.Errors.Select(error => error.MessageEn)));
    }
}
