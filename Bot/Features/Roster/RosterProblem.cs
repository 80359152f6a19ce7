using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>Something wrong with a roster file or row: a stable code for programs and the sentence for people, in Vietnamese and English.</summary>
public sealed record RosterProblem(string Code, string Vi, string En)
{
    public string In(Language language) => language == Language.English ? En : Vi;

    public override string ToString() => $"{Code}: {En}";
}
