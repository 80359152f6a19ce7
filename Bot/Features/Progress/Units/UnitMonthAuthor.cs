using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>Who wrote a unit report or a decision, as stored: the head's object id, sign-in name and name.</summary>
public static class UnitMonthAuthor
{
    public static ProgressAuthor Of(UnitMonthRequest request) =>
        new(request.Caller.Caller.AadObjectId, request.Head.SignInName, request.Head.DisplayName);
}
