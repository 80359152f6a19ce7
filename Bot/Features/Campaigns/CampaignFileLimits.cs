namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// Size limits of a campaign file. The whole file is stored as one Azure Table string property (at most 64 KiB,
/// UTF-16, so 32,768 characters); 30,000 leaves room. The other limits keep cards and digests readable.
/// </summary>
public static class CampaignFileLimits
{
    public const int MaxFileCharacters = 30_000;

    public const int MaxIdLength = 64;
    public const int MaxShortText = 100;
    public const int MaxTitleText = 300;
    public const int MaxGoalText = 1_000;
    public const int MaxDescriptionText = 2_000;

    public const int MaxGoals = 10;
    public const int MaxContentAreas = 30;
    public const int MaxPhases = 12;
    public const int MaxOccasionsPerPhase = 20;
    public const int MaxTitlesPerKind = 20;
    public const int MaxAwardForms = 20;
    public const int MaxVoteOverrides = 40;
    public const int MaxReminderDays = 10;
    public const int MaxRemindersPerPrompt = 10;
}
