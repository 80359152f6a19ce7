namespace ThiDuaBot.Storage.Pledges;

/// <summary>Whose pledge it is: a person's own (<i>cá nhân</i>) or a unit's, made by its head (<i>tập thể</i>).</summary>
public enum PledgeKind
{
    Individual,
    Collective,
}
