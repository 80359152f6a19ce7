namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>What goes into a channel token the fake signs; each property can be bent to forge a bad one.</summary>
public sealed record TokenSpec
{
    public string Issuer { get; init; } = "https://api.botframework.com";
    public required string Audience { get; init; }
    public required string ServiceUrl { get; init; }
    /// <summary>The key id put in the header; null means the channel's endorsed key.</summary>
    public string? Kid { get; init; }
    public string Algorithm { get; init; } = "RS256";
    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? Expires { get; init; }
    /// <summary>Sign with a key the channel never published, while the header names <see cref="Kid"/>.</summary>
    public bool SignWithForeignKey { get; init; }
    /// <summary>Produce an unsigned token with <c>alg: none</c>.</summary>
    public bool Unsigned { get; init; }
}
