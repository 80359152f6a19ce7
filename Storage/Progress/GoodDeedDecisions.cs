namespace ThiDuaBot.Storage.Progress;

/// <summary>The stable ids of <see cref="GoodDeedDecision"/>, as cards send them and the table stores them.</summary>
public static class GoodDeedDecisions
{
    public const string ConfirmId = "confirm";
    public const string SetAsideId = "set-aside";

    public static string Id(GoodDeedDecision decision) => decision == GoodDeedDecision.Confirmed ? ConfirmId : SetAsideId;

    public static GoodDeedDecision? Parse(string? id) => id switch
    {
        ConfirmId => GoodDeedDecision.Confirmed,
        SetAsideId => GoodDeedDecision.SetAside,
        _ => null,
    };
}
