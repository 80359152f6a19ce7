using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// The HTTP answer to an <c>invoke</c> activity. For <c>adaptiveCard/action</c> the body is
/// <c>{ statusCode, type, value }</c>: a card that replaces the one clicked, a text message, or an error.
/// </summary>
public sealed record InvokeResponse(int Status, JsonObject? Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replace the clicked card with <paramref name="card"/> for this user.</summary>
    public static InvokeResponse Card(JsonObject card) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = card });

    /// <summary>Show <paramref name="text"/> to the user; the card stays as it is.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text });

    /// <summary>A refusal the client shows as an error (a 4xx <c>statusCode</c> inside an HTTP 200).</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });

    /// <summary>An invoke the bot does not handle: 200 with no body, as the protocol allows.</summary>
    public static readonly InvokeResponse Empty = new(200, null);
}
