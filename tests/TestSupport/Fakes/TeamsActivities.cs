using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>Activities in the shapes Teams really sends (personal chat, channel with mention, installs, card actions).</summary>
public static class TeamsActivities
{
    public const string BotId = "28:" + BotApplication.AppId;
    public const string UserId = "29:1user-an-personal";
    public const string UserAadObjectId = "a1b2c3d4-1111-4222-8333-444455556666";
    public const string PersonalConversationId = "a:1personal-chat-with-an";
    public const string TeamId = "19:council-team-general@thread.tacv2";
    public const string ChannelConversationId = "19:council-team-general@thread.tacv2";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string locale = "vi-VN", string tenantId = BotApplication.TenantId) => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000001",
        ["timestamp"] = "2026-03-02T01:15:00.000Z",
        ["localTimestamp"] = "2026-03-02T08:15:00.000+07:00",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenantId, ["id"] = PersonalConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["text"] = text,
        ["entities"] = new JsonArray(new JsonObject { ["locale"] = locale, ["country"] = "VN", ["platform"] = "Web", ["timezone"] = "Asia/Bangkok", ["type"] = "clientInfo" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };

    public static JsonObject ChannelMessageWithMention(string serviceUrl, string command, string locale = "vi-VN") => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000777",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = BotApplication.TenantId,
            ["id"] = ChannelConversationId + ";messageid=1700000000777",
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["text"] = $"<at>ThiDuaBot</at> {command}\n",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
            ["text"] = "<at>ThiDuaBot</at>",
            ["type"] = "mention",
        }),
        ["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = ChannelConversationId,
            ["teamsTeamId"] = TeamId,
            ["channel"] = new JsonObject { ["id"] = ChannelConversationId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId },
        },
    };

    public static JsonObject TeamInstall(string serviceUrl, string teamName = "Hội đồng Thi đua-Khen thưởng") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:team-install-1",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = BotApplication.TenantId, ["id"] = ChannelConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["aadGroupId"] = "0d9c8b7a-6f5e-4d3c-2b1a-000011112222", ["name"] = teamName, ["id"] = TeamId },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId },
        },
    };

    public static JsonObject TeamUninstall(string serviceUrl)
    {
        var activity = TeamInstall(serviceUrl);
        activity.Remove("membersAdded");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = "teamMemberRemoved";
        return activity;
    }

    public static JsonObject PersonalInstallationUpdate(string serviceUrl, string action, string locale = "vi-VN") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = "f:install-" + action,
        ["action"] = action,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = BotApplication.TenantId, ["id"] = PersonalConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
    };

    public static JsonObject PersonalConversationUpdate(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:personal-cu",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = BotApplication.TenantId, ["id"] = PersonalConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId } },
    };

    public static JsonObject CardExecute(string serviceUrl, string verb, JsonObject data, string locale = "vi-VN") => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "f:invoke-1",
        ["replyToId"] = "1700000000999",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = BotApplication.TenantId, ["id"] = PersonalConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
    };

    public static JsonObject CardSubmit(string serviceUrl, JsonObject value, string locale = "vi-VN")
    {
        var activity = PersonalMessage(serviceUrl, text: "", locale);
        activity.Remove("text");
        activity["value"] = value;
        return activity;
    }
}
