namespace ThiDuaBot.Cards;

/// <summary>
/// What the secretary's launch card shows: while the cards go out, the counts so far; once every card is final, the
/// delivery report with the people not reached and why. Times are already in the campaign's time zone.
/// </summary>
public sealed record PledgeLaunchCardModel
{
    public required string CampaignId { get; init; }
    public required string CampaignTitle { get; init; }
    public string? LaunchedBy { get; init; }
    public required DateTimeOffset LaunchedAt { get; init; }
    public required DateOnly Deadline { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Every card of the round is sent, unreachable, failed or uncertain: this is the delivery report.</summary>
    public bool Finished { get; init; }

    public int Cards { get; init; }
    public int Sent { get; init; }
    /// <summary>Queued, being sent or waiting to be retried.</summary>
    public int Waiting { get; init; }
    public int NotDelivered { get; init; }
    public int Uncertain { get; init; }
    /// <summary>People on the roster the bot could not send to at all.</summary>
    public int NotReachedCount { get; init; }

    /// <summary>People whose card Teams refused, failed or may not have arrived, with the reason in the card's language.</summary>
    public IReadOnlyList<PersonLine> NotDeliveredPeople { get; init; } = [];
    /// <summary>People the bot cannot reach, with the reason.</summary>
    public IReadOnlyList<PersonLine> NotReachedPeople { get; init; } = [];
}
