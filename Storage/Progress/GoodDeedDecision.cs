namespace ThiDuaBot.Storage.Progress;

/// <summary>What the unit head decided on a good deed put forward in a monthly report.</summary>
public enum GoodDeedDecision
{
    /// <summary><i>xác nhận</i>: the council digest shows it.</summary>
    Confirmed,
    /// <summary><i>tạm gác</i>: kept out of the digest.</summary>
    SetAside,
}
