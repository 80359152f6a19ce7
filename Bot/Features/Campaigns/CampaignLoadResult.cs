namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>What loading a campaign file came to, with the lines to show the secretary (in their language).</summary>
public sealed record CampaignLoadResult(bool Stored, IReadOnlyList<string> Notices, IReadOnlyList<string> Errors)
{
    public static CampaignLoadResult Refused(params string[] errors) => new(false, [], errors);
}
