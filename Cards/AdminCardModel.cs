namespace ThiDuaBot.Cards;

/// <summary>What the secretary's admin card shows. Texts already in the card's language, except the fixed labels.</summary>
public sealed record AdminCardModel
{
    /// <summary>"Channel — Team", or null when no council channel is chosen.</summary>
    public string? CouncilChannel { get; init; }
    public string? CampaignTitle { get; init; }
    public int? CampaignVersion { get; init; }
    public DateOnly? CampaignLoadedOn { get; init; }
    public int UnitCount { get; init; }
    public int PeopleCount { get; init; }
    public IReadOnlyList<AdminPhase> Phases { get; init; } = [];
    /// <summary>Results of the last action, shown at the top (e.g. "Đã nạp kế hoạch…").</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
    /// <summary>Problems with the last action, shown at the top in the attention colour.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
    /// <summary>Pasted plan text to put back in its box after a refusal, so nothing typed is lost.</summary>
    public string? PastedCampaignText { get; init; }
    public string? PastedCsvText { get; init; }
    public bool GraphImportAvailable { get; init; }
    /// <summary>The bot can install ThiDuaBot for people through Microsoft Graph (credentials and the app's catalog id).</summary>
    public bool InstallAvailable { get; init; }
    /// <summary>The pledge round of the running campaign; null when no campaign is loaded.</summary>
    public AdminPledgeRound? PledgeRound { get; init; }
}

/// <summary>
/// The pledge round line of the admin card: where it stands (already worded) and whether the launch button shows, as
/// "launch" before the first launch or "send to those without a card" after it.
/// </summary>
public sealed record AdminPledgeRound(string Line, bool CanLaunch, bool Launched);

/// <summary>A phase line on the admin card.</summary>
public sealed record AdminPhase(string Id, string Name, string Period, AdminPhaseStatus Status);

public enum AdminPhaseStatus
{
    NotStarted,
    Active,
    Closed,
}
