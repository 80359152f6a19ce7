using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>A submission checked against the person's pledge: the content to store, or the problems in the person's language.</summary>
public sealed record ProgressValidation(ProgressContent? Content, IReadOnlyList<string> Errors)
{
    public bool IsValid => Content is not null;
}
