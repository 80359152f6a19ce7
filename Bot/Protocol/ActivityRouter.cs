using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// Maps an activity to the one handler for it: text messages to the <see cref="IMessageHandler"/>, card verbs
/// (Action.Execute invokes and Action.Submit values) to their <see cref="ICardActionHandler"/>, installs and
/// member changes to the <see cref="IConversationEventHandler"/>. Anything else is acknowledged and ignored.
/// </summary>
public sealed class ActivityRouter
{
    private readonly IMessageHandler _messages;
    private readonly IFileHandler? _files;
    private readonly IConversationEventHandler _conversationEvents;
    private readonly IReadOnlyList<IActivityObserver> _observers;
    private readonly Dictionary<string, ICardActionHandler> _cardActions;
    private readonly ILogger<ActivityRouter> _logger;

    public ActivityRouter(
        IMessageHandler messages,
        IConversationEventHandler conversationEvents,
        IEnumerable<IActivityObserver> observers,
        IEnumerable<ICardActionHandler> cardActions,
        ILogger<ActivityRouter> logger,
        IFileHandler? files = null)
    {
        _messages = messages;
        _files = files;
        _conversationEvents = conversationEvents;
        _observers = observers.ToList();
        _cardActions = new Dictionary<string, ICardActionHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in cardActions)
        {
            if (!_cardActions.TryAdd(handler.Verb, handler))
            {
                throw new InvalidOperationException($"Two handlers claim the card verb '{handler.Verb}'.");
            }
        }
        _logger = logger;
    }

    /// <summary>Handles the turn; the result is the HTTP answer for an invoke, or <see cref="InvokeResponse.Empty"/>.</summary>
    public async Task<InvokeResponse> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        foreach (var observer in _observers)
        {
            await observer.ObserveAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn, cancellationToken).ConfigureAwait(false);
                return InvokeResponse.Empty;
            case ActivityTypes.Invoke when string.Equals(activity.Name, ActivityTypes.AdaptiveCardInvokeName, StringComparison.Ordinal):
                return await RouteExecuteAsync(turn, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await _conversationEvents.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
                return InvokeResponse.Empty;
            default:
                _logger.LogDebug("Ignoring activity of type {Type} ({Name})", activity.Type, activity.Name);
                return InvokeResponse.Empty;
        }
    }

    private async Task RouteMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var submit = CardAction.FromSubmitValue(turn.Activity.Value);
        if (submit is not null)
        {
            var response = await DispatchAsync(turn, submit, cancellationToken).ConfigureAwait(false);
            await PostSubmitAnswerAsync(turn, response, cancellationToken).ConfigureAwait(false);
            return;
        }
        var files = FileDownloadInfo.From(turn.Activity);
        if (files.Count > 0 && _files is not null)
        {
            await _files.HandleAsync(turn, files, cancellationToken).ConfigureAwait(false);
            return;
        }
        var text = MentionText.Strip(turn.Activity.Text);
        if (text.Length == 0)
        {
            return;
        }
        await _messages.HandleAsync(turn, text, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> RouteExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = CardAction.FromInvokeValue(turn.Activity.Value);
        if (action is null)
        {
            return InvokeResponse.Error(400, "BadRequest", turn.Strings.UnknownCardAction);
        }
        return await DispatchAsync(turn, action, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> DispatchAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!_cardActions.TryGetValue(action.Verb, out var handler))
        {
            _logger.LogInformation("Unknown card verb {Verb}", action.Verb);
            return InvokeResponse.Message(turn.Strings.UnknownCardAction);
        }
        return await handler.HandleAsync(turn, action, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Action.Submit has no invoke answer: a card or message the handler returned is posted as a reply instead.</summary>
    private static async Task PostSubmitAnswerAsync(TurnContext turn, InvokeResponse response, CancellationToken cancellationToken)
    {
        if (response.Body is not { } body)
        {
            return;
        }
        var type = body["type"] is JsonValue typeValue ? typeValue.GetValue<string>() : null;
        var value = body["value"];
        if (type == InvokeResponse.CardType && value is JsonObject card)
        {
            await turn.ReplyCardAsync((JsonObject)card.DeepClone(), cancellationToken).ConfigureAwait(false);
        }
        else if (type == InvokeResponse.MessageType && value is JsonValue text)
        {
            await turn.ReplyTextAsync(text.GetValue<string>(), cancellationToken).ConfigureAwait(false);
        }
        else if (type == InvokeResponse.ErrorType && value is JsonObject error && error["message"] is JsonValue message)
        {
            await turn.ReplyTextAsync(message.GetValue<string>(), cancellationToken).ConfigureAwait(false);
        }
    }
}
