using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// An optional numeric target on the pledge card, the same for every campaign (the campaign file has none):
/// a person's or a unit's number of initiatives (<i>sáng kiến, giải pháp cải tiến</i>), which the titles
/// Chiến sĩ thi đua cơ sở and Tập thể lao động xuất sắc rest on.
/// </summary>
public sealed record PledgeNumberTarget(string Id, int Max, Func<Strings, string> Label, Func<Strings, string> ShortLabel)
{
    public const string InitiativesId = "initiatives";

    private static readonly IReadOnlyList<PledgeNumberTarget> Individual =
        [new(InitiativesId, PledgeLimits.MaxIndividualNumber, s => s.PledgeInitiativesLabel, s => s.PledgeInitiatives)];

    private static readonly IReadOnlyList<PledgeNumberTarget> Collective =
        [new(InitiativesId, PledgeLimits.MaxCollectiveNumber, s => s.PledgeCollectiveInitiativesLabel, s => s.PledgeInitiatives)];

    public static IReadOnlyList<PledgeNumberTarget> For(PledgeKind kind) => kind == PledgeKind.Individual ? Individual : Collective;
}
