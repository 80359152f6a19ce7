namespace ThiDuaBot.Cards;

/// <summary>
/// What the unit head's month roll-up shows (<c>báo cáo đơn vị</c>): where the unit report stands, the counts, the
/// statuses by content area, who reported and who has not, the good deeds put forward with the head's decision, and
/// what the head can do now. Every text is already in the card's language.
/// </summary>
public sealed record UnitMonthModel
{
    public required string CampaignId { get; init; }
    public required string UnitId { get; init; }
    /// <summary><c>yyyy-MM</c>, sent back by every button.</summary>
    public required string Month { get; init; }
    public required string MonthText { get; init; }
    public required string CampaignTitle { get; init; }
    public required string UnitName { get; init; }
    /// <summary>The day people report by (dd/MM/yyyy).</summary>
    public required DateOnly StaffReportDay { get; init; }
    /// <summary>True once that day has passed: people not reported are late.</summary>
    public bool PastReportDay { get; init; }
    /// <summary>The head's Teams user id: Teams refreshes the card for them alone. Null: refresh for the chat's member (personal chat).</summary>
    public string? HeadUserId { get; init; }
    /// <summary>The card instance, sent with submit and amend so a double click stores once.</summary>
    public required string Nonce { get; init; }

    public int Members { get; init; }
    public IReadOnlyList<UnitMonthPerson> Reported { get; init; } = [];
    public IReadOnlyList<UnitMonthPerson> NotReported { get; init; } = [];
    public IReadOnlyList<UnitMonthPerson> WithoutPledge { get; init; } = [];
    public IReadOnlyList<UnitMonthArea> Areas { get; init; } = [];
    public IReadOnlyList<UnitMonthDeed> Deeds { get; init; } = [];

    /// <summary>The unit report as it stands; null while not submitted.</summary>
    public UnitMonthReportLine? Report { get; init; }
    /// <summary>Why nothing can be done on the card (phase closed…); null when the head can act.</summary>
    public string? ClosedNote { get; init; }
    /// <summary>The report can be amended now (submitted, council digest not posted, phase open).</summary>
    public bool CanAmend { get; init; }
    /// <summary>Why an amendment is no longer possible (digest posted); null otherwise.</summary>
    public string? AmendNote { get; init; }
    /// <summary>Whether the nudge buttons are shown (the nudge is available and the month still open for the unit's people).</summary>
    public bool CanNudge { get; init; }

    /// <summary>What was typed in the comment and reason boxes, echoed back when a submission is refused.</summary>
    public string? TypedComment { get; init; }
    public string? TypedReason { get; init; }

    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    public required DateTimeOffset ShownAt { get; init; }

    /// <summary>Submit and decisions are possible: nothing closes the month and the report is not submitted.</summary>
    public bool IsOpen => ClosedNote is null && Report is null;
}
