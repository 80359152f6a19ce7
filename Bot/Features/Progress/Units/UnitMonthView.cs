namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// What a card shows besides the unit's month: for whom Teams refreshes it, the outcome of the last press on top, and
/// what was typed when a press was refused (kept in the boxes).
/// </summary>
public sealed record UnitMonthView
{
    /// <summary>The head's Teams user id (<c>29:…</c>); null in the head's personal chat, where Teams refreshes for its member.</summary>
    public string? HeadUserId { get; init; }
    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    public string? TypedComment { get; init; }
    public string? TypedReason { get; init; }
}
