using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// The Bot Framework Connector REST API (<c>{serviceUrl}/v3/…</c>). Retries of throttled and transient
/// answers live in the HttpClient pipeline (see <see cref="ProtocolServiceCollectionExtensions"/>);
/// here a 403/404 becomes <see cref="ConnectorOutcome.RecipientUnreachable"/> and anything else that failed
/// becomes <see cref="ConnectorOutcome.Failed"/>, with the status, <c>Retry-After</c> and whether a request left
/// without an answer may have reached the service. The outbox uses the same client over an HttpClient without
/// the retry pipeline (<c>Outbox.OutboxConnector</c>), and makes those decisions itself.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "bot-connector";

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ConnectorResult<object>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    public Task<ConnectorResult<List<ChannelAccount>>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        SendAsync<List<ChannelAccount>>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null, cancellationToken);

    public Task<ConnectorResult<ChannelAccount>> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        SendAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null, cancellationToken);

    public Task<ConnectorResult<PagedMembersResult>> GetConversationPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size) query.Add($"pageSize={size}");
        if (!string.IsNullOrEmpty(continuationToken)) query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken);
    }

    public Task<ConnectorResult<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
        SendAsync<TeamDetails>(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}", null, cancellationToken);

    public Task<ConnectorResult<ConversationList>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
        SendAsync<ConversationList>(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}/conversations", null, cancellationToken);

    private async Task<ConnectorResult<T>> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        if (!ActivityEnvelope.IsUsableServiceUrl(serviceUrl))
        {
            // A reference stored from a malformed activity (or edited by hand): nothing can be sent to it, ever.
            logger.LogWarning("Connector {Method} not sent: the conversation's service URL is not an http(s) URL", method);
            return new ConnectorResult<T>(ConnectorOutcome.Failed, default, null, "serviceUrl is not an http(s) URL");
        }
        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        }
        string? token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or Azure.RequestFailedException)
        {
            // Without a token nothing can be sent; the caller reports it like any failed send.
            logger.LogError(ex, "No token for the Connector: {Method} {Path} not sent", method, path);
            return new ConnectorResult<T>(ConnectorOutcome.Failed, default, null, "token: " + ex.GetType().Name);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "Connector {Method} {Path} failed without an answer", method, path);
            return new ConnectorResult<T>(ConnectorOutcome.Failed, default, null, ex.GetType().Name)
            {
                MayHaveReachedService = !NeverConnected(ex),
            };
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return ConnectorResult<T>.Ok(await ReadBodyAsync<T>(response, cancellationToken).ConfigureAwait(false), response.StatusCode);
            }
            var error = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (error.Length > 500) error = error[..500];
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                logger.LogInformation("Connector {Method} {Path}: recipient unreachable ({Status})", method, path, (int)response.StatusCode);
                return new ConnectorResult<T>(ConnectorOutcome.RecipientUnreachable, default, response.StatusCode, error);
            }
            logger.LogWarning("Connector {Method} {Path} failed with {Status}", method, path, (int)response.StatusCode);
            return new ConnectorResult<T>(ConnectorOutcome.Failed, default, response.StatusCode, error)
            {
                RetryAfter = RetryAfterOf(response),
            };
        }
    }

    /// <summary>The connection itself failed (refused, no such host): the request never reached the service.</summary>
    private static bool NeverConnected(Exception ex) =>
        ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary><c>Retry-After</c> as seconds or as an HTTP date; null when absent or already past.</summary>
    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? DateTimeOffset.UtcNow);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(text, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    internal static Uri BuildUri(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }
        var text = baseUri.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + path : text + "/" + path);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
