using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// A Bot Framework activity as it travels on the wire. Only the fields the bot reads or writes are typed;
/// everything else Teams sends is kept in <see cref="Properties"/> so a round trip loses nothing.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    public string? Locale { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonObject>? Entities { get; set; }
    public JsonObject? ChannelData { get; set; }
    /// <summary>installationUpdate: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    /// <summary>invoke: the invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }
    /// <summary>invoke payload, or the data of an <c>Action.Submit</c> on a message.</summary>
    public JsonNode? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The Microsoft 365 tenant of the activity: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    [JsonIgnore]
    public string? TenantId => TeamsChannelData.From(ChannelData).TenantId ?? Conversation?.TenantId;

    /// <summary>
    /// A card-only message for a proactive send; <paramref name="summary"/> is what Teams shows in the notification and
    /// the chat list, where a card has no text of its own.
    /// </summary>
    public static Activity CardMessage(JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment { ContentType = ThiDuaBot.Cards.AdaptiveCard.ContentType, Content = card }],
    };

    /// <summary>A message addressed back to where this activity came from.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null
            ? null
            : new ConversationAccount { Id = Conversation.Id, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId, IsGroup = Conversation.IsGroup },
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : "markdown",
    };
}
