namespace ThiDuaBot.Cards;

/// <summary>One content area on the progress form: its id and title, and the values to prefill (stored or as typed).</summary>
public sealed record ProgressAreaInput(string Id, string Title, string? StatusId, string? Achieved);
