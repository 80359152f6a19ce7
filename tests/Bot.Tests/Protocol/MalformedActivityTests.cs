using System.Net;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Bot.Tests.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>
/// Activities no real Teams sends, each of which once got a 500: the bot in Development without channel tokens (so
/// nothing but the bot's own checks stands in the way), the sample campaign and roster loaded. Each is refused with a
/// 400 before anything reads it, stores nothing, sends nothing, and the bot answers the next person as before.
/// </summary>
public sealed class MalformedActivityTests : PledgeTestBase
{
    private static readonly TestPerson Secretary = new("thuky@sokhcn.example", "Đỗ Thị Thư", "aad-secretary", Office, Role.Staff | Role.CouncilSecretary);

    /// <summary>Markers replaced, in the JSON text, by escapes no serializer writes.</summary>
    private const string LoneSurrogate = "@@lone-surrogate@@";
    private const string Noncharacter = "@@noncharacter@@";

    protected override string Environment => "Development";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
    };

    private static readonly Dictionary<string, Func<string, string>> Refused = new()
    {
        ["serviceUrl empty"] = url => Message(url, a => a["serviceUrl"] = ""),
        ["serviceUrl not a URL"] = url => Message(url, a => a["serviceUrl"] = "not a url"),
        ["serviceUrl ftp"] = url => Message(url, a => a["serviceUrl"] = "ftp://smba.example/amer/"),
        ["serviceUrl file"] = url => Message(url, a => a["serviceUrl"] = "file:///etc/passwd"),
        ["serviceUrl javascript"] = url => Message(url, a => a["serviceUrl"] = "javascript:alert(1)"),
        ["serviceUrl with a 100 KB path"] = url => Message(url, a => a["serviceUrl"] = url + new string('a', 100 * 1024)),
        ["serviceUrl with user info"] = url => Message(url, a => a["serviceUrl"] = "https://user:pass@smba.example/"),
        ["serviceUrl missing"] = url => Message(url, a => a.Remove("serviceUrl")),
        ["serviceUrl a number"] = url => Message(url, a => a["serviceUrl"] = 42),
        ["conversation null"] = url => Message(url, a => a["conversation"] = null),
        ["conversation empty"] = url => Message(url, a => a["conversation"] = new JsonObject()),
        ["conversation missing"] = url => Message(url, a => a.Remove("conversation")),
        ["conversation without id"] = url => Message(url, a => a["conversation"]!.AsObject().Remove("id")),
        ["conversation id of 100,000 characters"] = url => Message(url, a => a["conversation"]!["id"] = "a:" + new string('x', 100_000)),
        ["conversation a string"] = url => Message(url, a => a["conversation"] = "a:1"),
        ["locale of 100 KB"] = url => Message(url, a => a["locale"] = new string('v', 100 * 1024)),
        ["locale a long garbage tag"] = url => Message(url, a => a["locale"] = "vi-VN; DROP TABLE People;-- " + new string('#', 200)),
        ["attachments [null]"] = url => Message(url, a => a["attachments"] = new JsonArray((JsonNode?)null)),
        ["entities [null]"] = url => Message(url, a => a["entities"] = new JsonArray((JsonNode?)null)),
        ["from.name of 200 KB"] = url => Message(url, a => a["from"]!["name"] = new string('A', 200 * 1024)),
        ["from.id of 100 KB"] = url => Message(url, a => a["from"]!["id"] = "29:" + new string('1', 100 * 1024)),
        ["from.aadObjectId of 100 KB in an admin refresh"] = url => Execute(url, StatusCard.BackVerb, new JsonObject(), a => a["from"]!["aadObjectId"] = new string('f', 100 * 1024)),
        ["tenant id of 10 KB"] = url => Message(url, a => a["channelData"]!["tenant"]!["id"] = new string('8', 10 * 1024)),
        ["team name of 100 KB in conversationUpdate"] = url => Raw(TeamsActivities.TeamInstall(url, new string('H', 100 * 1024))),
        ["user name of 200 KB in installationUpdate"] = url => Raw(With(TeamsActivities.PersonalInstallationUpdate(url, "add"), a => a["from"]!["name"] = new string('N', 200 * 1024))),
        ["membersAdded [null]"] = url => Raw(With(TeamsActivities.PersonalConversationUpdate(url), a => a["membersAdded"] = new JsonArray((JsonNode?)null))),
        ["U+FFFE in the text"] = url => Message(url, a => a["text"] = "đăng ký " + Noncharacter),
        ["lone surrogate in the text"] = url => Message(url, a => a["text"] = "đăng ký " + LoneSurrogate),
        ["U+FFFE in value.verb"] = url => Execute(url, PledgeCard.RefreshVerb + Noncharacter, new JsonObject()),
        ["lone surrogate in value.verb"] = url => Execute(url, PledgeCard.RefreshVerb + LoneSurrogate, new JsonObject()),
        ["U+FFFE in channelData.tenant.id"] = url => Message(url, a => a["channelData"]!["tenant"]!["id"] = BotApplication.TenantId + Noncharacter),
        ["lone surrogate in channelData.tenant.id"] = url => Message(url, a => a["channelData"]!["tenant"]!["id"] = BotApplication.TenantId + LoneSurrogate),
        ["U+FFFE in campaignId"] = url => Execute(url, PledgeCard.RefreshVerb, new JsonObject { [PledgeCard.CampaignIdKey] = CampaignId + Noncharacter }),
        ["lone surrogate in campaignId"] = url => Execute(url, PledgeCard.RefreshVerb, new JsonObject { [PledgeCard.CampaignIdKey] = CampaignId + LoneSurrogate }),
        ["U+FFFE in pledge targets"] = url => Execute(url, PledgeCard.SubmitVerb, PledgeData(targets: "Hoàn thành " + Noncharacter)),
        ["lone surrogate in pledge targets"] = url => Execute(url, PledgeCard.SubmitVerb, PledgeData(targets: "Hoàn thành " + LoneSurrogate)),
        ["U+FFFE in progress achieved"] = url => Execute(url, ProgressCard.SubmitVerb, ProgressData("Đạt " + Noncharacter)),
        ["lone surrogate in progress achieved"] = url => Execute(url, ProgressCard.SubmitVerb, ProgressData("Đạt " + LoneSurrogate)),
        ["U+FFFE in the unit-report comment"] = url => Execute(url, UnitMonthCard.SubmitVerb, UnitReportData("Đơn vị hoàn thành " + Noncharacter), Dung.Aad),
        ["lone surrogate in the unit-report comment"] = url => Execute(url, UnitMonthCard.SubmitVerb, UnitReportData("Đơn vị hoàn thành " + LoneSurrogate), Dung.Aad),
        ["a member name twice"] = url => Message(url, a => a["channelData"]!["tenant"]!["id"] = BotApplication.TenantId).Replace("\"channelData\":{", "\"channelData\":{\"tenant\":{\"id\":\"other\"},", StringComparison.Ordinal),
    };

    public static TheoryData<string> RefusedCases() => new(Refused.Keys);

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task A_malformed_activity_is_refused_with_400_stores_and_sends_nothing_and_the_bot_answers_after(string @case)
    {
        await ReadyAsync();
        var rows = await CountStoredRowsAsync();
        Channel.ClearRecordings();

        var response = await SendRawAsync(Refused[@case](Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(rows, await CountStoredRowsAsync());
        Assert.Empty(SentActivities());
        await SayAsync("giúp");
        Assert.NotEmpty(RepliedTexts().Concat(SentActivities().Select(CardText).OfType<string>()));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1100)]
    [InlineData(2000)]
    [InlineData(ActivityEnvelope.MaxIdLength)]
    public async Task A_long_conversation_id_within_the_protocol_limit_is_answered_and_its_reference_kept(int length)
    {
        await ReadyAsync();
        var id = "a:" + new string('z', length - 2);
        Channel.ClearRecordings();

        var response = await SendRawAsync(Message(Channel.ServiceUrl, a => a["conversation"]!["id"] = id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SentActivities(), sent => sent.Path.Contains("/v3/conversations/" + id + "/activities", StringComparison.Ordinal));
        Assert.Equal(id, (await Service<ConversationStore>().GetAsync(BotApplication.TenantId, id, CancellationToken.None))?.ConversationId);
    }

    [Fact]
    public async Task A_launch_refresh_with_a_200000_character_campaign_id_is_answered_in_the_users_language()
    {
        await ReadyAsync();
        var rows = await CountStoredRowsAsync();

        var answer = await ExecuteAsync(PledgeLaunchCard.RefreshVerb, new JsonObject { [PledgeLaunchCard.CampaignKey] = new string('k', 200_000) }, Secretary.Aad);
        var english = await ExecuteAsync(PledgeLaunchCard.RefreshVerb, new JsonObject { [PledgeLaunchCard.CampaignKey] = new string('k', 200_000) }, Secretary.Aad, "en-US");

        Assert.Equal(Strings.Vi.LaunchNoLaunch, answer.Message);
        Assert.Equal(Strings.En.LaunchNoLaunch, english.Message);
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Theory]
    [InlineData(PledgeCard.RefreshVerb)]
    [InlineData(PledgeCard.SubmitVerb)]
    [InlineData(ProgressCard.SubmitVerb)]
    [InlineData(UnitRollupCard.RefreshVerb)]
    [InlineData(UnitMonthCard.RefreshVerb)]
    [InlineData(UnitMonthCard.SubmitVerb)]
    [InlineData(StatusCard.BackVerb)]
    [InlineData(AdminCard.StatusVerb)]
    public async Task A_card_with_30_KB_ids_in_every_id_field_is_answered_not_obeyed(string verb)
    {
        await ReadyAsync();
        var rows = await CountStoredRowsAsync();
        var huge = new string('9', 30 * 1024); // seven of them: just under the body limit
        var data = new JsonObject
        {
            [PledgeCard.CampaignIdKey] = huge, [PledgeCard.SubjectKey] = huge, [PledgeCard.NonceKey] = huge, [PledgeCard.KindKey] = huge,
            [UnitMonthCard.UnitIdKey] = huge, [UnitMonthCard.MonthKey] = huge, [UnitMonthCard.PersonKey] = huge,
        };

        foreach (var aad in new[] { An.Aad, Dung.Aad, Secretary.Aad })
        {
            var activity = TeamsActivities.CardExecute(Channel.ServiceUrl, verb, (JsonObject)data.DeepClone());
            activity["from"]!["aadObjectId"] = aad;
            var response = await SendAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual("", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task Stored_references_with_unusable_service_urls_do_not_break_the_secretarys_status_card()
    {
        await ReadyAsync();
        var store = Service<ConversationStore>();
        foreach (var (id, serviceUrl, type, team) in new[]
                 {
                     ("a:chat-dung", "javascript:alert(1)", "personal", (string?)null),
                     ("a:chat-lan", "ftp://smba.example/", "personal", null),
                     ("19:bad-team@thread.tacv2", "file:///etc/passwd", "channel", "19:bad-team@thread.tacv2"),
                 })
        {
            await store.RecordInstalledAsync(new StoredConversation
            {
                TenantId = BotApplication.TenantId,
                ConversationId = id,
                ConversationType = type,
                ServiceUrl = serviceUrl,
                ChannelId = "msteams",
                BotId = TeamsActivities.BotId,
                UserAadObjectId = type == "personal" ? (id == "a:chat-dung" ? Dung.Aad : Lan.Aad) : null,
                TeamId = team,
            }, BeforeDeadline, CancellationToken.None);
        }

        var status = await ExecuteAsync(AdminCard.StatusVerb, new JsonObject(), Secretary.Aad);

        Assert.Equal(InvokeResponse.CardType, status.Type);
        Assert.DoesNotContain(Channel.ConnectorRequests, r => r.Path.Contains("etc/passwd", StringComparison.Ordinal) || r.Path.Contains("alert", StringComparison.Ordinal));
    }

    /// <summary>The sample campaign and roster with a secretary; An has talked to the bot once (her reference is stored).</summary>
    private async Task ReadyAsync()
    {
        await SeedAsync();
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Secretary.ToPerson()], []), CancellationToken.None);
        await SayAsync("giúp");
        Assert.NotEmpty(SentActivities());
    }

    private static string Message(string serviceUrl, Action<JsonObject> change) => Raw(With(TeamsActivities.PersonalMessage(serviceUrl, "giúp"), change));

    private static string Execute(string serviceUrl, string verb, JsonObject data, string aad = TeamsActivities.UserAadObjectId) =>
        Execute(serviceUrl, verb, data, a => a["from"]!["aadObjectId"] = aad);

    private static string Execute(string serviceUrl, string verb, JsonObject data, Action<JsonObject> change) =>
        Raw(With(TeamsActivities.CardExecute(serviceUrl, verb, data), change));

    private static JsonObject With(JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return activity;
    }

    private static string Raw(JsonObject activity) =>
        activity.ToJsonString().Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal).Replace(Noncharacter, "\\ufffe", StringComparison.Ordinal);

    private static JsonObject PledgeData(string targets)
    {
        var data = ValidInputs(targets: targets);
        data[PledgeCard.CampaignIdKey] = CampaignId;
        data[PledgeCard.KindKey] = PledgeCard.IndividualKind;
        data[PledgeCard.SubjectKey] = An.SignInName;
        data[PledgeCard.NonceKey] = "nonce-1";
        return data;
    }

    private static JsonObject ProgressData(string achieved) => new()
    {
        [ProgressCard.CampaignIdKey] = CampaignId,
        [ProgressCard.MonthKey] = "2013-03",
        [ProgressCard.SubjectKey] = An.SignInName,
        [ProgressCard.NonceKey] = "nonce-2",
        [ProgressCard.StatusInputPrefix + "cai-cach-hanh-chinh"] = "done",
        [ProgressCard.AchievedInputPrefix + "cai-cach-hanh-chinh"] = achieved,
    };

    private static JsonObject UnitReportData(string comment) => new()
    {
        [UnitMonthCard.CampaignIdKey] = CampaignId,
        [UnitMonthCard.UnitIdKey] = Office,
        [UnitMonthCard.MonthKey] = "2013-03",
        [UnitMonthCard.NonceKey] = "nonce-3",
        [UnitMonthCard.CommentInput] = comment,
    };
}
