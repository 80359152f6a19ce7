using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// A submission checked against the campaign: the content to store, or the problems in the person's language.
/// <see cref="UnknownChoices"/> says a title or content area is not (or no longer) in the campaign.
/// </summary>
public sealed record PledgeValidation(PledgeContent? Content, IReadOnlyList<string> Errors, bool UnknownChoices)
{
    public bool IsValid => Content is not null;
}
