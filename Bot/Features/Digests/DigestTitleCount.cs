namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>How many pledges aim at one title; <see cref="Collective"/> for a unit's title.</summary>
public sealed record DigestTitleCount(string TitleId, string Name, bool Collective, int Count);
