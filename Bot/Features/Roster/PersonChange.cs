namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>A person the import adds, changes or removes; <see cref="Fields"/> says what changed (none for an addition or a removal).</summary>
public sealed record PersonChange(string SignInName, string DisplayName, string? UnitId, PersonFields Fields = PersonFields.None);
