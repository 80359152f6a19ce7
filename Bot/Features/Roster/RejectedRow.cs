namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>A row the import left out, and why. <see cref="SignInName"/> is what the row said, if anything.</summary>
public sealed record RejectedRow(int Line, string? SignInName, RosterProblem Problem);
