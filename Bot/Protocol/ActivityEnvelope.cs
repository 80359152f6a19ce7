using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// The shape every inbound activity must have before anything reads it: a usable service URL and a conversation for
/// the types the bot handles, ids and names of sane length, a language tag that is one, no null in a list. Teams always
/// sends this; anything else is refused whole (400) so that no half of it reaches storage or the Connector.
/// </summary>
public static partial class ActivityEnvelope
{
    /// <summary>Bot Framework ids travel in Connector URLs, which stay under 2,048 characters.</summary>
    public const int MaxIdLength = 2048;

    /// <summary>Tenant and Microsoft Entra object ids are GUIDs; this leaves room for any other spelling.</summary>
    public const int MaxDirectoryIdLength = 128;

    /// <summary>Display names in Microsoft Entra and Teams stop at 256 characters; this is generous.</summary>
    public const int MaxNameLength = 1024;

    /// <summary>Real Teams service URLs are under 100 characters.</summary>
    public const int MaxServiceUrlLength = 1024;

    /// <summary>BCP 47 tags worth supporting are at most 35 characters (RFC 5646 §4.4.1); this is generous.</summary>
    public const int MaxLocaleLength = 64;

    private const int MaxShortFieldLength = 256;

    /// <summary>A short reason (for the log, no content of the activity) when the activity is malformed, else null.</summary>
    public static string? Problem(Activity activity)
    {
        if (Length(activity.Type) > MaxShortFieldLength || Length(activity.Name) > MaxShortFieldLength || Length(activity.Action) > MaxShortFieldLength
            || Length(activity.ChannelId) > MaxShortFieldLength || Length(activity.TextFormat) > MaxShortFieldLength)
        {
            return "type, name, action, channel or text format too long";
        }
        if (Length(activity.Id) > MaxIdLength || Length(activity.ReplyToId) > MaxIdLength)
        {
            return "activity id too long";
        }
        if (activity.ServiceUrl is not null && !IsUsableServiceUrl(activity.ServiceUrl))
        {
            return "serviceUrl is not an absolute http(s) URL of sane length";
        }
        if (activity.Locale is { Length: > 0 } locale && !IsLocale(locale))
        {
            return "locale is not a language tag";
        }
        if ((AccountProblem(activity.From) ?? AccountProblem(activity.Recipient)) is { } account)
        {
            return account;
        }
        if (activity.Conversation is { } conversation
            && (Length(conversation.Id) > MaxIdLength || Length(conversation.TenantId) > MaxDirectoryIdLength
                || Length(conversation.Name) > MaxNameLength || Length(conversation.ConversationType) > MaxShortFieldLength))
        {
            return "conversation id, tenant, name or type too long";
        }
        if (ChannelDataProblem(activity.ChannelData) is { } channelData)
        {
            return channelData;
        }
        if (activity.Attachments?.Contains(null!) == true || activity.Entities?.Contains(null!) == true)
        {
            return "null in attachments or entities";
        }
        if (activity.Attachments?.Any(a => Length(a.Name) > MaxNameLength || Length(a.ContentType) > MaxShortFieldLength) == true)
        {
            return "attachment name or content type too long";
        }
        foreach (var members in new[] { activity.MembersAdded, activity.MembersRemoved })
        {
            if (members?.Contains(null!) == true)
            {
                return "null in membersAdded or membersRemoved";
            }
            if (members?.Select(AccountProblem).FirstOrDefault(p => p is not null) is { } member)
            {
                return member;
            }
        }
        if (IsHandled(activity.Type))
        {
            if (activity.ServiceUrl is null)
            {
                return "serviceUrl missing";
            }
            if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            {
                return "conversation or its id missing";
            }
        }
        return null;
    }

    /// <summary>An absolute http(s) URL with a host, no user info and of sane length: what the Connector can be called at.</summary>
    public static bool IsUsableServiceUrl(string? serviceUrl) =>
        serviceUrl is { Length: > 0 and <= MaxServiceUrlLength }
        && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    private static bool IsHandled(string? type) =>
        type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;

    private static bool IsLocale(string locale) => locale.Length <= MaxLocaleLength && LocalePattern().IsMatch(locale);

    private static string? AccountProblem(ChannelAccount? account) =>
        account is null ? null
        : Length(account.Id) > MaxIdLength || Length(account.AadObjectId) > MaxDirectoryIdLength || Length(account.Role) > MaxShortFieldLength
            ? "account id or object id too long"
        : Length(account.Name) > MaxNameLength ? "account name too long"
        : null;

    private static string? ChannelDataProblem(JsonObject? channelData)
    {
        if (channelData is null)
        {
            return null;
        }
        var data = TeamsChannelData.From(channelData);
        if (Length(data.TenantId) > MaxDirectoryIdLength || Length(data.TeamAadGroupId) > MaxDirectoryIdLength)
        {
            return "tenant or team group id too long";
        }
        if (Length(data.TeamId) > MaxIdLength || Length(data.ChannelId) > MaxIdLength || Length(data.EventType) > MaxShortFieldLength)
        {
            return "team, channel or event id too long";
        }
        if (Length(data.TeamName) > MaxNameLength || Length(data.ChannelName) > MaxNameLength)
        {
            return "team or channel name too long";
        }
        return null;
    }

    private static int Length(string? value) => value?.Length ?? 0;

    /// <summary>Language, then subtags of letters and digits (<c>vi</c>, <c>vi-VN</c>, <c>zh-Hant-TW</c>); <c>_</c> is taken as <c>-</c>.</summary>
    [GeneratedRegex("^[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}
