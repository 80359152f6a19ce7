namespace ThiDuaBot.Storage.Tenants;

/// <summary>Per-tenant settings the secretary makes from Teams: the council channel and the running campaign.</summary>
public sealed record TenantSettings
{
    public required string TenantId { get; init; }
    /// <summary>The council's channel (conversation id without thread), where digests are posted.</summary>
    public string? CouncilConversationId { get; init; }
    public string? CouncilServiceUrl { get; init; }
    public string? CouncilTeamId { get; init; }
    public string? CouncilTeamName { get; init; }
    public string? CouncilChannelName { get; init; }
    public string? CouncilSetByAadObjectId { get; init; }
    public DateTimeOffset? CouncilSetAt { get; init; }
    /// <summary>
    /// The Teams locale of the message that chose the council channel (<c>vi-VN</c>, <c>en-US</c>…): the language the
    /// bot's own posts there are written in. Null (set before it was recorded): Vietnamese.
    /// </summary>
    public string? CouncilLocale { get; init; }
    /// <summary>The campaign people act in now; null until the secretary loads one.</summary>
    public string? ActiveCampaignId { get; init; }
}
