using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// <c>POST /api/messages</c>: reads one activity (≤ <see cref="MaxBodyBytes"/>), checks the channel's token and
/// the tenant, routes it and answers. Failures are plain status codes: 400 malformed (not I-JSON, not an activity,
/// or not of the shape <see cref="ActivityEnvelope"/> requires), 401 not from the channel,
/// 403 tenant not served, 413 too large, 500 with no detail.
/// </summary>
public static class MessagesEndpoint
{
    /// <summary>Teams messages top out around 100 KB; anything far beyond is not a real activity.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext http,
        ChannelAuthenticator authenticator,
        TenantPolicy tenants,
        ActivityRouter router,
        ConnectorClient connector,
        IOptions<BotFrameworkOptions> options,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));
        var cancellationToken = http.RequestAborted;

        var body = await ReadBodyAsync(http.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity = null;
        if (InterchangeableJson.IsValid(body))
        {
            try
            {
                activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
            }
            catch (JsonException)
            {
            }
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (ActivityEnvelope.Problem(activity) is { } problem)
        {
            logger.LogWarning("Refused a malformed {Type} activity: {Problem}", Shorten(activity.Type), problem);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!options.Value.IsAuthenticationDisabled)
        {
            var outcome = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
            if (!outcome.Accepted)
            {
                logger.LogWarning("Refused an activity: {Reason}", outcome.FailureReason);
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }

        if (!tenants.IsAllowed(activity.TenantId))
        {
            logger.LogWarning("Refused an activity from tenant {TenantId}, which this bot does not serve", activity.TenantId);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var turn = new TurnContext(activity, connector);
        InvokeResponse response;
        try
        {
            response = await router.RouteAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Handling a {Type} activity failed", activity.Type);
            await ApologizeAsync(turn, logger, cancellationToken).ConfigureAwait(false);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(response.Body.ToJsonString(ProtocolJson.Options), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Shorten(string type) => type.Length <= 64 ? type : type[..64] + "…";

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task ApologizeAsync(TurnContext turn, ILogger logger, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type is not ActivityTypes.Message || turn.Activity.Conversation?.Id is null || turn.Activity.ServiceUrl is null)
        {
            return;
        }
        try
        {
            await turn.ReplyTextAsync(turn.Strings.SomethingWentWrong, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the user that their request failed");
        }
    }
}
