namespace ThiDuaBot.Storage.Roster;

/// <summary>A unit (phòng, đơn vị) of the organisation, on a campaign's roster.</summary>
public sealed record Unit
{
    /// <summary>Short stable id (slug), e.g. <c>van-phong</c>.</summary>
    public required string UnitId { get; init; }
    public required string Name { get; init; }
    public bool Active { get; init; } = true;
    public DateTimeOffset? AddedAt { get; init; }
    public DateTimeOffset? LeftAt { get; init; }
}
