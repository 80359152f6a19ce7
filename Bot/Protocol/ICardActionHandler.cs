namespace ThiDuaBot.Bot.Protocol;

/// <summary>Handles one card verb (e.g. <c>pledge.submit</c>), from <c>Action.Execute</c> or <c>Action.Submit</c>.</summary>
public interface ICardActionHandler
{
    string Verb { get; }

    /// <summary>The answer to the click: a replacement card, a message, or an error. For <c>Action.Submit</c> a card or message is posted as a reply.</summary>
    Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken);
}
