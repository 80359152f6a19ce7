using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>A signing key of the channel service and the channels (<c>msteams</c>, …) it is endorsed for.</summary>
public sealed record ChannelSigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);

/// <summary>
/// The channel service's signing keys, read from the OpenID metadata at <c>BotOpenIdMetadata</c> and its
/// <c>jwks_uri</c>. Cached; fetched again on a schedule and at once when a token names a key we do not know
/// (at most once per <see cref="BotFrameworkOptions.SigningKeysMinimumRefreshInterval"/>).
/// </summary>
public sealed class ChannelSigningKeys(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<ChannelSigningKeys> logger)
{
    public const string HttpClientName = "bot-openid";

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private Snapshot? _current;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    /// <summary>The key with this id, or null when the channel does not publish it even after a refresh.</summary>
    public async Task<ChannelSigningKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Keys.TryGetValue(kid, out var key))
        {
            return key;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is not null && _current.Keys.TryGetValue(kid, out key))
            {
                return key;
            }
            var now = time.GetUtcNow();
            if (now - _lastForcedRefresh < options.Value.SigningKeysMinimumRefreshInterval)
            {
                return null;
            }
            _lastForcedRefresh = now;
            logger.LogInformation("Token signed with unknown key {Kid}; fetching the channel's signing keys again", kid);
            _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
            return _current.Keys.GetValueOrDefault(kid);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - current.FetchedAt < options.Value.SigningKeysRefreshInterval)
        {
            return current;
        }
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (current is not null && time.GetUtcNow() - current.FetchedAt < options.Value.SigningKeysRefreshInterval)
            {
                return current;
            }
            try
            {
                _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (current is not null && ex is HttpRequestException or JsonException or TaskCanceledException)
            {
                // Keep serving the keys we have; the channel's metadata endpoint being down must not stop the bot.
                logger.LogWarning(ex, "Could not refresh the channel's signing keys; keeping the ones fetched at {FetchedAt}", current.FetchedAt);
                _current = current with { FetchedAt = time.GetUtcNow() - options.Value.SigningKeysRefreshInterval + TimeSpan.FromMinutes(5) };
            }
            return _current!;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<Snapshot> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = await GetJsonAsync(http, new Uri(options.Value.BotOpenIdMetadata), cancellationToken).ConfigureAwait(false);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUriElement)
            || !Uri.TryCreate(jwksUriElement.GetString(), UriKind.Absolute, out var jwksUri)
            || jwksUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new JsonException("The OpenID metadata has no https jwks_uri.");
        }
        using var jwks = await GetJsonAsync(http, jwksUri, cancellationToken).ConfigureAwait(false);
        var keys = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        if (jwks.RootElement.TryGetProperty("keys", out var keyArray) && keyArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in keyArray.EnumerateArray())
            {
                var key = new JsonWebKey(element.GetRawText());
                if (string.IsNullOrEmpty(key.Kid))
                {
                    continue;
                }
                var endorsements = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (element.TryGetProperty("endorsements", out var endorsementArray) && endorsementArray.ValueKind == JsonValueKind.Array)
                {
                    foreach (var endorsement in endorsementArray.EnumerateArray())
                    {
                        if (endorsement.ValueKind == JsonValueKind.String)
                        {
                            endorsements.Add(endorsement.GetString()!);
                        }
                    }
                }
                keys[key.Kid] = new ChannelSigningKey(key, endorsements);
            }
        }
        logger.LogInformation("Fetched {Count} channel signing keys", keys.Count);
        return new Snapshot(keys, time.GetUtcNow());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, ChannelSigningKey> Keys, DateTimeOffset FetchedAt);
}
