using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

using ThiDuaBot.Storage.Exports;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// Signs and checks download links: <c>/exports/{payload}.{signature}</c>, the payload the ticket's JSON in base64url,
/// the signature HMAC-SHA256 of the payload with the configured or stored key. A link that was changed, cut, or
/// signed with another key is <see cref="ExportLinkCheck.Invalid"/>; one past its expiry is <see cref="ExportLinkCheck.Expired"/>.
/// </summary>
public sealed class ExportLinks(IOptions<ExportOptions> options, ExportKeyStore keys, TimeProvider time)
{
    public const string PathPrefix = "/exports/";
    private const int MaxTokenLength = 2048;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private byte[]? _key;

    public DateTimeOffset ExpiryFromNow() => time.GetUtcNow().Add(options.Value.LinkLifetime);

    /// <summary>The path and token of the ticket's link (without the host).</summary>
    public async Task<string> PathAsync(ExportTicket ticket, CancellationToken cancellationToken)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(ticket, Json));
        var signature = Base64Url.EncodeToString(Sign(await KeyAsync(cancellationToken).ConfigureAwait(false), payload));
        return PathPrefix + payload + "." + signature;
    }

    public async Task<(ExportLinkCheck Check, ExportTicket? Ticket)> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || token.Split('.') is not [var payload, var signature] || payload.Length == 0)
        {
            return (ExportLinkCheck.Invalid, null);
        }
        byte[] given;
        byte[] json;
        try
        {
            given = Base64Url.DecodeFromChars(signature);
            json = Base64Url.DecodeFromChars(payload);
        }
        catch (FormatException)
        {
            return (ExportLinkCheck.Invalid, null);
        }
        var expected = Sign(await KeyAsync(cancellationToken).ConfigureAwait(false), payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return (ExportLinkCheck.Invalid, null);
        }
        ExportTicket? ticket;
        try
        {
            ticket = JsonSerializer.Deserialize<ExportTicket>(json, Json);
        }
        catch (JsonException)
        {
            ticket = null;
        }
        if (ticket is null)
        {
            return (ExportLinkCheck.Invalid, null);
        }
        return time.GetUtcNow().ToUnixTimeSeconds() >= ticket.ExpiresAt ? (ExportLinkCheck.Expired, ticket) : (ExportLinkCheck.Valid, ticket);
    }

    /// <summary>The key from base64 when it holds at least 32 bytes; null otherwise.</summary>
    public static byte[]? DecodeKey(string? base64)
    {
        try
        {
            return base64 is null ? null : Convert.FromBase64String(base64.Trim()) is { Length: >= 32 } key ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Sign(byte[] key, string payload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } cached)
        {
            return cached;
        }
        var key = DecodeKey(options.Value.LinkSigningKey) ?? await keys.GetOrCreateAsync(cancellationToken).ConfigureAwait(false);
        _key = key;
        return key;
    }
}
