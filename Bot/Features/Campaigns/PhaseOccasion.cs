namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// An occasion a phase celebrates (<i>ngày lễ, ngày kỷ niệm</i>). <see cref="Date"/> is null when the plan names the
/// occasion but not its day.
/// </summary>
public sealed record PhaseOccasion(DateOnly? Date, string Name);
