using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>The outcome of checking an inbound request's token: accepted, or refused with the reason (for the log only).</summary>
public sealed record AuthenticationOutcome(bool Accepted, string? FailureReason)
{
    public static readonly AuthenticationOutcome Ok = new(true, null);
    public static AuthenticationOutcome Refused(string reason) => new(false, reason);
}

/// <summary>
/// Validates the bearer token the Bot Framework channel service puts on every request to <c>/api/messages</c>:
/// signature by a published key endorsed for the activity's channel, issuer, audience, lifetime, algorithm,
/// and the <c>serviceurl</c> claim against the activity.
/// </summary>
public sealed class ChannelAuthenticator(ChannelSigningKeys signingKeys, IOptions<BotFrameworkOptions> options)
{
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        const string bearer = "Bearer ";
        if (string.IsNullOrEmpty(authorizationHeader) || !authorizationHeader.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Refused("no bearer token");
        }
        var token = authorizationHeader[bearer.Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return AuthenticationOutcome.Refused("malformed token");
        }
        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Refused($"algorithm '{jwt.Alg}' not allowed");
        }
        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthenticationOutcome.Refused("token names no signing key");
        }
        var key = await signingKeys.FindAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticationOutcome.Refused($"unknown signing key '{jwt.Kid}'");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = BotFrameworkOptions.ChannelIssuer,
            ValidAudience = options.Value.MicrosoftAppId,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = false,
            TryAllIssuerSigningKeys = false,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Refused(result.Exception?.GetType().Name ?? "invalid token");
        }

        var serviceUrlClaim = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (serviceUrlClaim is null || !SameServiceUrl(serviceUrlClaim, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Refused("serviceurl claim does not match the activity");
        }
        if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId))
        {
            return AuthenticationOutcome.Refused($"signing key not endorsed for channel '{activity.ChannelId}'");
        }
        return AuthenticationOutcome.Ok;
    }

    private static bool SameServiceUrl(string claimed, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(claimed.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
