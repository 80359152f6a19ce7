using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>Why a person cannot be reached, in words for the secretary.</summary>
public static class ReachText
{
    public static string Reason(Strings strings, PersonReach reach) => reach.Reach switch
    {
        Reach.InstallPending => strings.LaunchReasonPending,
        _ => Reason(strings, reach.Reason),
    };

    public static string Reason(Strings strings, UnreachableReason reason) => reason switch
    {
        UnreachableReason.NoAccountLink => strings.ReasonNoAccountLink,
        UnreachableReason.Uninstalled => strings.ReasonUninstalled,
        _ => strings.ReasonNotInstalled,
    };
}
