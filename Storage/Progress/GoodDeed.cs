namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// A good deed or exemplar (<i>người tốt việc tốt, điển hình tiên tiến</i>) put forward in a report: about the
/// reporter themselves (<see cref="ColleagueName"/> null) or a colleague, and what they did.
/// </summary>
public sealed record GoodDeed(string? ColleagueName, string Description)
{
    public bool AboutSelf => ColleagueName is null;
}
