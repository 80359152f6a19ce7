using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// The rules a monthly report must meet, checked on every submission whatever the card allowed: only the content
/// areas of the person's pledge count (others are ignored), each with one of the four statuses or none; at least one
/// area has a status; a text about an area needs its status; texts within <see cref="ProgressLimits"/>; a good deed
/// about a colleague names them. Texts are cleaned as a pledge's are (trimmed, NFC, <c>\n</c>) before counting.
/// </summary>
public static class ProgressValidator
{
    public static ProgressValidation Validate(ProgressSubmission submission, StoredPledge pledge, PledgeCampaign campaign, Strings s)
    {
        var errors = new List<string>();
        var areas = new List<ProgressAreaReport>();
        var unknown = new List<string>();
        var missing = new List<string>();
        foreach (var areaId in pledge.Content.ContentAreaIds)
        {
            var title = campaign.AreaTitle(areaId);
            var rawStatus = submission.Statuses.GetValueOrDefault(areaId)?.Trim();
            var achieved = PledgeValidator.Clean(submission.Achieved.GetValueOrDefault(areaId));
            if (achieved.Length > ProgressLimits.MaxAchievedLength)
            {
                errors.Add(Format(s.ProgressAchievedTooLong, title, PledgeValidator.Count(s, achieved.Length), PledgeValidator.Count(s, ProgressLimits.MaxAchievedLength)));
            }
            if (string.IsNullOrEmpty(rawStatus))
            {
                if (achieved.Length > 0)
                {
                    missing.Add(title);
                }
                continue;
            }
            if (ProgressStatuses.Parse(rawStatus) is not { } status)
            {
                unknown.Add(title);
                continue;
            }
            areas.Add(new ProgressAreaReport(areaId, status, achieved));
        }
        if (unknown.Count > 0)
        {
            errors.Add(Format(s.ProgressStatusUnknown, string.Join("; ", unknown)));
        }
        if (missing.Count > 0)
        {
            errors.Add(Format(s.ProgressStatusMissing, string.Join("; ", missing)));
        }
        if (areas.Count == 0 && unknown.Count == 0 && missing.Count == 0)
        {
            errors.Add(s.ProgressNothingReported);
        }
        var total = areas.Sum(area => area.Achieved.Length);
        if (total > ProgressLimits.MaxAchievedTotalLength)
        {
            errors.Add(Format(s.ProgressAchievedTotalTooLong, PledgeValidator.Count(s, total), PledgeValidator.Count(s, ProgressLimits.MaxAchievedTotalLength)));
        }

        var deed = GoodDeedOf(submission, s, errors);
        return errors.Count > 0 ? new ProgressValidation(null, errors) : new ProgressValidation(new ProgressContent(areas, deed), []);
    }

    /// <summary>
    /// The good deed, if one was put forward: its description decides. "About" left unchosen means the person
    /// themselves unless a colleague's name was written; a name with no description is an error, a lone choice is not.
    /// </summary>
    private static GoodDeed? GoodDeedOf(ProgressSubmission submission, Strings s, List<string> errors)
    {
        var about = submission.GoodDeedAbout?.Trim();
        var name = PledgeValidator.Clean(submission.GoodDeedName);
        var text = PledgeValidator.Clean(submission.GoodDeedText);
        if (!string.IsNullOrEmpty(about) && about is not (ProgressCard.GoodDeedSelf or ProgressCard.GoodDeedColleague))
        {
            errors.Add(s.ProgressGoodDeedAboutUnknown);
            return null;
        }
        var colleague = about == ProgressCard.GoodDeedColleague || (string.IsNullOrEmpty(about) && name.Length > 0);
        if (text.Length == 0)
        {
            if (colleague && name.Length > 0)
            {
                errors.Add(s.ProgressGoodDeedTextRequired);
            }
            return null;
        }
        if (text.Length > ProgressLimits.MaxGoodDeedLength)
        {
            errors.Add(Format(s.ProgressGoodDeedTooLong, PledgeValidator.Count(s, text.Length), PledgeValidator.Count(s, ProgressLimits.MaxGoodDeedLength)));
        }
        if (!colleague)
        {
            return new GoodDeed(null, text);
        }
        if (name.Length == 0)
        {
            errors.Add(s.ProgressGoodDeedNameRequired);
        }
        else if (name.Length > ProgressLimits.MaxColleagueNameLength)
        {
            errors.Add(Format(s.ProgressGoodDeedNameTooLong, PledgeValidator.Count(s, ProgressLimits.MaxColleagueNameLength)));
        }
        return new GoodDeed(name, text);
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
