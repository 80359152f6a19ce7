namespace ThiDuaBot.Bot.Protocol;

/// <summary>Sees every authenticated, allowed activity before it is routed (e.g. to keep conversation references current).</summary>
public interface IActivityObserver
{
    Task ObserveAsync(TurnContext turn, CancellationToken cancellationToken);
}
