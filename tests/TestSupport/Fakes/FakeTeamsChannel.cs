using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>
/// A loopback stand-in for the Bot Framework channel service and Teams' Connector, over real HTTPS with its own
/// certificate: OpenID metadata, a JWKS whose keys carry <c>endorsements</c>, a token endpoint for the bot's
/// outbound tokens, and Connector endpoints that record what the bot sends and answer as scripted.
/// </summary>
public sealed class FakeTeamsChannel : IAsyncDisposable
{
    public const string EndorsedKid = "channel-key-1";
    public const string SkypeOnlyKid = "channel-key-skype";
    public const string TokenPrefix = "fake-outbound-token-";

    private readonly WebApplication _app;
    // RSA keys are made on first use: generating one costs up to a second, and tests of outbound calls never need them.
    private readonly ConcurrentDictionary<string, (Lazy<RsaSecurityKey> Key, string[] Endorsements)> _publishedKeys = new();
    private readonly Lazy<RsaSecurityKey> _foreignKey = NewKey("foreign");
    private readonly ConcurrentQueue<RecordedRequest> _connectorRequests = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedResponse>> _scripts = new();
    private readonly ConcurrentQueue<string> _issuedAccessTokens = new();
    private long _tokenLifetimeSeconds = 3600;
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private int _fileDownloads;
    private int _activityCounter;
    private int _tokenCounter;
    private int _jwksFetches;

    private FakeTeamsChannel(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
        Publish(EndorsedKid, ["msteams"]);
        Publish(SkypeOnlyKid, ["skype"]);
    }

    public X509Certificate2 Certificate { get; }
    public Uri BaseUri { get; private set; } = null!;
    public string OpenIdMetadataUrl => new Uri(BaseUri, "v1/.well-known/openidconfiguration").AbsoluteUri;
    public string LoginUrl => new Uri(BaseUri, "botframework.com").AbsoluteUri;
    /// <summary>The <c>serviceUrl</c> to put on activities: the fake's Connector.</summary>
    public string ServiceUrl => new Uri(BaseUri, "connector/").AbsoluteUri;
    public IReadOnlyList<RecordedRequest> ConnectorRequests => _connectorRequests.ToArray();
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokenRequests.ToArray();
    public int JwksFetches => Volatile.Read(ref _jwksFetches);
    /// <summary>Every access token the token endpoint handed out, in order.</summary>
    public IReadOnlyList<string> IssuedAccessTokens => _issuedAccessTokens.ToArray();

    /// <summary>The <c>expires_in</c> of the access tokens the token endpoint hands out (default one hour).</summary>
    public TimeSpan TokenLifetime
    {
        get => TimeSpan.FromSeconds(Interlocked.Read(ref _tokenLifetimeSeconds));
        set => Interlocked.Exchange(ref _tokenLifetimeSeconds, (long)value.TotalSeconds);
    }

    /// <summary>When set, the token endpoint answers every request with this status and an <c>invalid_client</c> error.</summary>
    public int? TokenEndpointFailure { get; set; }

    public static async Task<FakeTeamsChannel> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var fake = new FakeTeamsChannel(app, certificate);
        fake.MapEndpoints();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Publishes (or replaces) a signing key in the JWKS, endorsed for the given channels.</summary>
    public void Publish(string kid, string[] endorsements) => _publishedKeys[kid] = (NewKey(kid), endorsements);

    /// <summary>Queues answers for Connector calls whose path ends with <paramref name="pathSuffix"/>, used in order before the default answer.</summary>
    public void Script(string pathSuffix, params ScriptedResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(pathSuffix, _ => new ConcurrentQueue<ScriptedResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>
    /// Serves <paramref name="content"/> at a pre-authorised download URL, as OneDrive does for a file a person
    /// sends the bot in a personal chat; returns that URL.
    /// </summary>
    public string ServeFile(string name, byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        _files[id] = content;
        return new Uri(BaseUri, $"files/{id}/{Uri.EscapeDataString(name)}").AbsoluteUri;
    }

    /// <summary>How many times the bot downloaded a served file.</summary>
    public int FileDownloads => Volatile.Read(ref _fileDownloads);

    public void ClearRecordings()
    {
        _connectorRequests.Clear();
        _tokenRequests.Clear();
        _issuedAccessTokens.Clear();
    }

    /// <summary>A channel token as the Bot Framework would issue it, or bent by <paramref name="spec"/>.</summary>
    public string IssueToken(TokenSpec spec)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["serviceurl"] = spec.ServiceUrl,
            ["aud"] = spec.Audience,
            ["iss"] = spec.Issuer,
            ["nbf"] = (spec.NotBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (spec.Expires ?? now.AddHours(1)).ToUnixTimeSeconds(),
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        };
        var kid = spec.Kid ?? EndorsedKid;
        if (spec.Unsigned)
        {
            var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid }));
            var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims));
            return $"{header}.{payload}.";
        }
        var key = spec.SignWithForeignKey || !_publishedKeys.TryGetValue(kid, out var published)
            ? new RsaSecurityKey(_foreignKey.Value.Rsa) { KeyId = kid }
            : published.Key.Value;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, spec.Algorithm),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Certificate.Dispose();
    }

    private void MapEndpoints()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = new Uri(BaseUri, "v1/authorize").AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseUri, "v1/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));

        _app.MapGet("/v1/keys", () =>
        {
            Interlocked.Increment(ref _jwksFetches);
            var keys = _publishedKeys.Select(pair =>
            {
                var parameters = pair.Value.Key.Value.Rsa.ExportParameters(false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = pair.Key,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = pair.Value.Endorsements,
                };
            }).ToArray();
            return Results.Json(new { keys });
        });

        // Microsoft Entra-style endpoints for the bot's client-credentials token (Azure.Identity / MSAL).
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = new Uri(BaseUri, $"{tenant}/v2.0").AbsoluteUri,
            ["token_endpoint"] = new Uri(BaseUri, $"{tenant}/oauth2/v2.0/token").AbsoluteUri,
            ["authorization_endpoint"] = new Uri(BaseUri, $"{tenant}/oauth2/v2.0/authorize").AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseUri, "v1/keys").AbsoluteUri,
        }));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["tenant"] = tenant;
            _tokenRequests.Enqueue(fields);
            if (TokenEndpointFailure is { } failure)
            {
                return Results.Json(
                    new Dictionary<string, object> { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." },
                    statusCode: failure);
            }
            var n = Interlocked.Increment(ref _tokenCounter);
            var accessToken = TokenPrefix + n;
            _issuedAccessTokens.Enqueue(accessToken);
            var lifetime = Interlocked.Read(ref _tokenLifetimeSeconds);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = lifetime,
                ["ext_expires_in"] = lifetime,
                ["access_token"] = accessToken,
            });
        });

        _app.MapGet("/files/{id}/{name}", (string id) =>
        {
            Interlocked.Increment(ref _fileDownloads);
            return _files.TryGetValue(id, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        });

        _app.Map("/connector/{**path}", async (HttpContext context, string path) =>
        {
            var receivedAt = DateTimeOffset.UtcNow;
            JsonNode? body = null;
            if (context.Request.ContentLength is > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                var text = await reader.ReadToEndAsync().ConfigureAwait(false);
                body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            }
            var fullPath = "/" + path;
            _connectorRequests.Enqueue(new RecordedRequest(
                context.Request.Method, fullPath, context.Request.QueryString.Value, context.Request.Headers.Authorization.ToString(), body,
                receivedAt, RawConnectorPath(context)));

            foreach (var (suffix, queue) in _scripts)
            {
                if (fullPath.EndsWith(suffix, StringComparison.Ordinal) && queue.TryDequeue(out var scripted))
                {
                    if (scripted.Delay is { } delay)
                    {
                        try
                        {
                            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException)
                        {
                            return Results.Empty; // the bot gave up waiting
                        }
                    }
                    if (scripted.RetryAfterSeconds is { } seconds)
                    {
                        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                    return scripted.Json is null
                        ? Results.StatusCode(scripted.Status)
                        : Results.Content(scripted.Json, "application/json", Encoding.UTF8, scripted.Status);
                }
            }
            return DefaultConnectorAnswer(context.Request.Method, fullPath);
        });
    }

    /// <summary>The request path below the Connector's mount as the bot sent it, still percent-encoded, without the query.</summary>
    private static string? RawConnectorPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (raw is null)
        {
            return null;
        }
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = query >= 0 ? raw[..query] : raw;
        return path.StartsWith("/connector/", StringComparison.Ordinal) ? path["/connector".Length..] : path;
    }

    private IResult DefaultConnectorAnswer(string method, string path)
    {
        if (method == "POST" && path == "/v3/conversations")
        {
            return Results.Json(new { id = "a:created-" + Interlocked.Increment(ref _activityCounter) });
        }
        if (method is "POST" or "PUT" && path.Contains("/activities", StringComparison.Ordinal))
        {
            return Results.Json(new { id = "activity-" + Interlocked.Increment(ref _activityCounter) });
        }
        if (method == "DELETE")
        {
            return Results.Ok();
        }
        if (path.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            return Results.Json(new { members = Array.Empty<object>() });
        }
        if (path.EndsWith("/members", StringComparison.Ordinal))
        {
            return Results.Json(Array.Empty<object>());
        }
        return Results.NotFound();
    }

    private static Lazy<RsaSecurityKey> NewKey(string kid) => new(() => new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid });

    private static X509Certificate2 CreateCertificate()
    {
        // ECDSA: a P-256 key is made in microseconds, an RSA one can take a second.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=ThiDuaBot fake Teams channel", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
