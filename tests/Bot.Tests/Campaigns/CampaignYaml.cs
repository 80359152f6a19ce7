using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Tests.Campaigns;

/// <summary>A small valid campaign file, and helpers to break it one mistake at a time and find lines in it.</summary>
internal static class CampaignYaml
{
    public const string Valid = """
        formatVersion: 1
        id: thu-nghiem-2013
        year: 2013
        title: Kế hoạch thi đua thử nghiệm
        plan:
          number: 1/KH-TN
          date: 2013-03-05
          place: Bắc Giang
          issuer: Sở thử nghiệm
          signer:
            title: Giám đốc
            name: Nguyễn Văn A
        goals:
          - Hoàn thành nhiệm vụ năm 2013
        slogan: Đồng thuận cao, thi đua giỏi, về đích sớm
        contentAreas:
          - id: noi-dung-1
            title: Nội dung một
            description: Toàn văn nội dung một
          - id: noi-dung-2
            title: Nội dung hai
        phases:
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
        pledgeDeadline: 2013-03-20
        monthlyReporting:
          staffReportDay: 20
          unitReportDay: 25
        reminders:
          pledge:
            daysBeforeDeadline: [3, 1]
            time: "08:00"
          monthlyProgress:
            daysAfterReportDay: [1, 3]
            time: "08:00"
          maxPerPrompt: 3
        titles:
          individual:
            - id: lao-dong-tien-tien
              name: Lao động tiên tiến
            - id: chien-si-thi-dua-co-so
              name: Chiến sĩ thi đua cơ sở
          collective:
            - id: tap-the-lao-dong-tien-tien
              name: Tập thể lao động tiên tiến
        awardForms:
          - id: giay-khen
            name: Giấy khen
            issuer: Giám đốc Sở
        voteRule:
          quorum: 2/3
          default:
            moreThan: 50%
            of: votesCast
          overrides:
            - title: chien-si-thi-dua-co-so
              atLeast: 70%
              of: members

        """;

    /// <summary>The valid file with <paramref name="oldText"/> (which must occur exactly once) replaced.</summary>
    public static string With(string oldText, string newText) => With(Valid, oldText, newText);

    public static string With(string yaml, string oldText, string newText)
    {
        var at = yaml.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The test file has no “{oldText}”.");
        Assert.True(yaml.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"The test file has “{oldText}” more than once.");
        return string.Concat(yaml.AsSpan(0, at), newText, yaml.AsSpan(at + oldText.Length));
    }

    /// <summary>The 1-based line of the only line containing <paramref name="text"/>.</summary>
    public static int LineOf(string yaml, string text)
    {
        var lines = yaml.Split('\n').Select((line, index) => (line, number: index + 1)).Where(entry => entry.line.Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, $"Expected one line containing “{text}”, found {lines.Count}.");
        return lines[0].number;
    }

    public static CampaignDefinition Parse(string yaml)
    {
        var result = CampaignFileParser.Parse(yaml);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(error => error.MessageEn)));
        return result.Definition;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>, expects it refused with an error of <paramref name="code"/> at
    /// <paramref name="path"/> on <paramref name="line"/>, and checks both messages name the line and the field.
    /// </summary>
    public static CampaignFileError Refused(string yaml, CampaignFileErrorCode code, string path, int line)
    {
        var result = CampaignFileParser.Parse(yaml);
        Assert.False(result.IsValid);
        Assert.Null(result.Definition);
        var summary = string.Join(Environment.NewLine, result.Errors.Select(error => $"{error.Code} {error.Path} {error.MessageEn}"));
        var error = result.Errors.FirstOrDefault(error => error.Code == code && error.Path == path);
        Assert.True(error is not null, $"No {code} error at {path}. Errors:{Environment.NewLine}{summary}");
        Assert.True(error.Line == line, $"Expected line {line}, got {error.Line}: {error.MessageEn}");
        Assert.True(error.Column >= 1);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
        var where = path.Length == 0 ? "" : $", {path}";
        Assert.StartsWith($"Dòng {line}{where}: ", error.MessageVi);
        Assert.StartsWith($"Line {line}{where}: ", error.MessageEn);
        Assert.NotEqual(error.MessageVi, error.MessageEn);
        return error;
    }

    /// <summary>Like <see cref="Refused"/>, and also that it is the only error.</summary>
    public static CampaignFileError RefusedOnly(string yaml, CampaignFileErrorCode code, string path, int line)
    {
        var error = Refused(yaml, code, path, line);
        var errors = CampaignFileParser.Parse(yaml).Errors;
        Assert.True(errors.Count == 1, string.Join(Environment.NewLine, errors.Select(e => $"{e.Code} {e.Path} {e.MessageEn}")));
        return error;
    }
}
