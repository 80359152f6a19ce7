using System.Globalization;
using System.Text;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// The rules a pledge must meet, checked on every submission whatever the card allowed: a title of the campaign for
/// that kind of pledge, at least one content area and only the campaign's, concrete targets and a commitment within
/// <see cref="PledgeLimits"/>, numeric targets whole and in range. Texts are stored trimmed, in Unicode NFC (some
/// Vietnamese keyboards type decomposed letters) and with <c>\n</c> line breaks; lengths are counted after that.
/// </summary>
public static class PledgeValidator
{
    public static PledgeValidation Validate(PledgeSubmission submission, PledgeCampaign campaign, Strings s)
    {
        var errors = new List<string>();
        var unknown = false;

        var titleId = submission.TitleId?.Trim();
        if (string.IsNullOrEmpty(titleId))
        {
            errors.Add(s.PledgeTitleRequired);
        }
        else if (campaign.Titles(submission.Kind).All(title => title.Id != titleId))
        {
            errors.Add(s.PledgeTitleUnknown);
            unknown = true;
        }

        var known = campaign.Definition.ContentAreas.Select(area => area.Id).ToList();
        if (submission.ContentAreaIds.Count == 0)
        {
            errors.Add(s.PledgeAreasRequired);
        }
        else if (submission.ContentAreaIds.Any(id => !known.Contains(id)))
        {
            errors.Add(s.PledgeAreasUnknown);
            unknown = true;
        }

        var targets = Clean(submission.Targets);
        Text(s, targets, PledgeLimits.MaxTargetsLength, s.PledgeTargetsRequired, s.PledgeTargetsTooLong, errors);

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in PledgeNumberTarget.For(submission.Kind))
        {
            var raw = submission.Numbers.GetValueOrDefault(target.Id)?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }
            if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                && value == decimal.Truncate(value) && value >= 0 && value <= target.Max)
            {
                numbers[target.Id] = (int)value;
            }
            else
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, s.PledgeNumberInvalid, target.ShortLabel(s), target.Max));
            }
        }

        var commitment = Clean(submission.Commitment);
        Text(s, commitment, PledgeLimits.MaxCommitmentLength, s.PledgeCommitmentRequired, s.PledgeCommitmentTooLong, errors);

        if (errors.Count > 0)
        {
            return new PledgeValidation(null, errors, unknown);
        }
        var areas = known.Where(submission.ContentAreaIds.Contains).ToList(); // the campaign's order
        return new PledgeValidation(new PledgeContent(titleId!, areas, targets, numbers, commitment), [], false);
    }

    /// <summary>Trimmed, NFC, <c>\n</c> line breaks.</summary>
    public static string Clean(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim().Normalize(NormalizationForm.FormC);

    private static void Text(Strings s, string text, int max, string required, string tooLong, List<string> errors)
    {
        if (text.Length == 0)
        {
            errors.Add(required);
        }
        else if (text.Length > max)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, tooLong, Count(s, text.Length), Count(s, max)));
        }
    }

    /// <summary>2.000 in Vietnamese, 2,000 in English.</summary>
    internal static string Count(Strings s, int value) =>
        value.ToString("N0", s.Language == Language.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("vi-VN"));
}
