using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Exports;
using ThiDuaBot.Bot.Features.Pledges;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// Reads the review asked for after <c>tổng hợp</c> / <c>digest</c>: <c>sơ kết</c> / <c>interim</c> [phase] (without a
/// phase: the phase running today, else the last one that ended), <c>tổng kết</c> / <c>final</c> (the year: the review
/// of the phase that ends last), <c>đợt 2</c> / <c>phase 2</c> (the review of that phase, interim or final by its
/// place). A phase may be named by its number, name or id. Anything else is not a review request (null), so the month
/// forms keep their meaning.
/// </summary>
public static class ReviewRequest
{
    private static readonly string[] InterimWords = ["so ket", "interim", "review"];
    private static readonly string[] FinalWords = ["tong ket", "final"];
    private static readonly string[] PhaseWords = ["dot", "phase"];

    /// <summary>Whether <paramref name="argument"/> asks for a review, and which phase's (null with a review asked for: no such phase).</summary>
    public static bool TryParse(PledgeCampaign campaign, string argument, DateTimeOffset now, out ReviewAsk? choice)
    {
        choice = null;
        var text = CommandText.Normalize(argument);
        var definition = campaign.Definition;
        if (StartsWith(text, FinalWords, out var afterFinal))
        {
            var last = definition.Phases.MaxBy(p => p.End)!;
            choice = afterFinal.Length == 0 ? new ReviewAsk(last, "") : Find(campaign, afterFinal);
            return true;
        }
        if (StartsWith(text, InterimWords, out var afterInterim))
        {
            choice = afterInterim.Length == 0 ? new ReviewAsk(ExportRequestParser.DefaultPhase(campaign, now), "") : Find(campaign, afterInterim);
            return true;
        }
        if (StartsWith(text, PhaseWords, out _))
        {
            choice = Find(campaign, text);
            return true;
        }
        return false;
    }

    private static ReviewAsk? Find(PledgeCampaign campaign, string text) =>
        ExportRequestParser.FindPhase(campaign.Definition, text) is { } phase ? new ReviewAsk(phase, text) : new ReviewAsk(null, text);

    private static bool StartsWith(string text, string[] words, out string rest)
    {
        foreach (var word in words)
        {
            if (text == word || text.StartsWith(word + " ", StringComparison.Ordinal))
            {
                rest = text[word.Length..].Trim();
                return true;
            }
        }
        rest = "";
        return false;
    }
}
