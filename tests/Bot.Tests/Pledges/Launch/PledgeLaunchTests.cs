using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;
using Xunit;

namespace ThiDuaBot.Bot.Tests.Pledges.Launch;

/// <summary>
/// The secretary launches the pledge round from the admin card: the real bot, its outbox worker and launch monitor,
/// Azurite, and the fake Teams channel recording every card. The clock is the real one moved to 10/03/2013, so the
/// outbox's rate limits and the monitor run as in production.
/// </summary>
public sealed class PledgeLaunchTests : PledgeTestBase
{
    private static readonly TestPerson Secretary = new("thuky@sokhcn.example", "Đỗ Thị Thư", "aad-secretary", Office, Role.Staff | Role.CouncilSecretary);
    private const string SecretaryChat = "a:chat-secretary";
    private const string TeamConversation = "19:team-so@thread.tacv2";

    private readonly MovableClock _clock = new(BeforeDeadline);

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:RetryBaseDelay"] = "00:00:00.100",
        ["Outbox:SweepInterval"] = "01:00:00",
        ["Pledges:LaunchProgressInterval"] = "00:00:00.100",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    /// <summary>
    /// An, Dũng (head of the office) and the secretary have a personal chat; Long (head of another unit) is in a team
    /// that has the bot; Lan has neither.
    /// </summary>
    private async Task SeedPeopleAsync()
    {
        await SeedAsync();
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Secretary.ToPerson()], []), CancellationToken.None);
        foreach (var (person, chat) in new[] { (An, "a:chat-an"), (Dung, "a:chat-dung"), (Secretary, SecretaryChat) })
        {
            await StoreChatAsync(person, chat);
        }
        await Service<ConversationStore>().RecordInstalledAsync(new StoredConversation
        {
            TenantId = BotApplication.TenantId, ConversationId = TeamConversation, ConversationType = "channel", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, TeamId = TeamConversation, TeamName = "Sở KH&CN",
        }, BeforeDeadline, CancellationToken.None);
        Channel.Script("/pagedmembers", new ScriptedResponse(200, new JsonObject
        {
            ["members"] = new JsonArray(new JsonObject { ["id"] = "29:long", ["aadObjectId"] = Long.Aad, ["name"] = Long.Name }),
        }.ToJsonString()));
    }

    private Task StoreChatAsync(TestPerson person, string chat) =>
        Service<ConversationStore>().RecordInstalledAsync(new StoredConversation
        {
            TenantId = BotApplication.TenantId, ConversationId = chat, ConversationType = "personal", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, UserId = "29:" + person.Aad, UserAadObjectId = person.Aad, UserName = person.Name, Locale = "vi-VN",
        }, BeforeDeadline, CancellationToken.None);

    private async Task<InvokeAnswer> LaunchAsync(string aad, string conversation = SecretaryChat, string locale = "vi-VN")
    {
        var activity = TeamsActivities.CardExecute(Channel.ServiceUrl, AdminCard.LaunchVerb, new JsonObject { ["verb"] = AdminCard.LaunchVerb }, locale);
        activity["from"]!["aadObjectId"] = aad;
        activity["conversation"]!["id"] = conversation;
        var response = await SendAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return new InvokeAnswer(body["type"]!.GetValue<string>(), body["value"]);
    }

    /// <summary>Every pledge card the channel accepted, as (conversation, kind).</summary>
    private List<(string Conversation, string Kind)> PledgeCardsSent() => Channel.ConnectorRequests
        .Where(r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal))
        .Select(r => (Conversation: r.Path.Split('/')[3], Card: r.BodyObject?["attachments"]?[0]?["content"] as JsonObject))
        .Where(x => x.Card is not null && Kind(x.Card) is not null)
        .Select(x => (Uri.UnescapeDataString(x.Conversation), Kind(x.Card!)!))
        .ToList();

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException("Timed out waiting for " + what);
            }
            await Task.Delay(50);
        }
    }

    /// <summary>The launch card as the channel last saw it (posted, then updated in place).</summary>
    private JsonObject? LaunchCard() => Channel.ConnectorRequests
        .Where(r => r.Method is "POST" or "PUT" && r.Path.Contains(Uri.EscapeDataString(SecretaryChat), StringComparison.Ordinal)
            || r.Method is "POST" or "PUT" && r.Path.Contains(SecretaryChat, StringComparison.Ordinal))
        .Select(r => r.BodyObject?["attachments"]?[0]?["content"] as JsonObject)
        .LastOrDefault(card => card?["actions"]?[0]?["verb"]?.GetValue<string>() == PledgeLaunchCard.RefreshVerb);

    [Fact]
    public async Task The_launch_sends_each_reachable_person_their_cards_once_and_reports_who_was_not_reached()
    {
        await SeedPeopleAsync();

        var answer = await LaunchAsync(Secretary.Aad);

        Assert.Contains(TextBlocks(answer.Card), t => t.StartsWith("Đã phát động đăng ký thi đua: 6 thẻ", StringComparison.Ordinal));
        await WaitUntilAsync(() => PledgeCardsSent().Count >= 6, "six pledge cards");
        var sent = PledgeCardsSent();
        Assert.Equal(6, sent.Count);
        Assert.Equal(
            ["a:chat-an individual", "a:chat-dung collective", "a:chat-dung individual", SecretaryChat + " individual"],
            sent.Where(s => s.Conversation.StartsWith("a:chat", StringComparison.Ordinal)).Select(s => s.Conversation + " " + s.Kind).Order(StringComparer.Ordinal));
        // Long had no chat: the bot opened one with him (both of his cards may ask for it at once; Teams answers
        // the same chat) and sent each of his cards once.
        var created = Channel.ConnectorRequests.Where(r => r.Method == "POST" && r.Path == "/v3/conversations").ToList();
        Assert.NotEmpty(created);
        Assert.All(created, c => Assert.Equal(Long.Aad, c.BodyObject!["members"]![0]!["id"]!.GetValue<string>()));
        Assert.Equal(
            [PledgeCard.CollectiveKind, PledgeCard.IndividualKind],
            sent.Where(s => !s.Conversation.StartsWith("a:chat", StringComparison.Ordinal)).Select(s => s.Kind).Order(StringComparer.Ordinal));

        // The progress card turns into the delivery report, in place, naming Lan and why.
        await WaitUntilAsync(() => LaunchCard() is { } card && TextBlocks(card).Any(t => t.StartsWith("Đã gửi xong", StringComparison.Ordinal)), "the delivery report");
        var report = LaunchCard()!;
        var facts = Facts(report);
        Assert.Equal("6", facts["Thẻ cần gửi"]);
        Assert.Equal("6", facts["Đã gửi"]);
        Assert.Equal("0", facts["Không gửi được"]);
        Assert.Equal("1", facts["Người chưa liên lạc được (chưa gửi)"]);
        Assert.Equal("Văn phòng Sở: chưa cài ThiDuaBot và không ở nhóm Teams nào có ThiDuaBot", facts[Lan.Name]);
        Assert.Contains(Channel.ConnectorRequests, r => r.Method == "PUT" && r.Path.Contains(SecretaryChat, StringComparison.Ordinal));
        var launch = await Service<PledgeLaunchStore>().GetAsync(BotApplication.TenantId, CampaignId, CancellationToken.None);
        Assert.NotNull(launch!.ReportedAt);
        Assert.Equal(Secretary.Aad, launch.LaunchedByAadObjectId);

        // Pressing again sends nothing twice.
        Channel.ClearRecordings();
        var again = await LaunchAsync(Secretary.Aad);
        Assert.Contains(TextBlocks(again.Card), t => t.StartsWith("Không có ai mới để gửi", StringComparison.Ordinal));
        await Task.Delay(500);
        Assert.Empty(PledgeCardsSent());
        var progress = await Service<OutboxStore>().GetProgressAsync(PledgeDelivery.LaunchBatch(BotApplication.TenantId, CampaignId), CancellationToken.None);
        Assert.Equal(6, progress.Total);
    }

    [Fact]
    public async Task A_double_click_on_launch_queues_every_card_once_and_posts_one_progress_card()
    {
        await SeedPeopleAsync();

        var answers = await Task.WhenAll(LaunchAsync(Secretary.Aad), LaunchAsync(Secretary.Aad));

        Assert.All(answers, a => Assert.Equal(InvokeResponse.CardType, a.Type));
        await WaitUntilAsync(() => PledgeCardsSent().Count >= 6, "six pledge cards");
        await Task.Delay(500);
        Assert.Equal(6, PledgeCardsSent().Count);
        var progressCardsPosted = Channel.ConnectorRequests.Count(r => r.Method == "POST" && r.Path.Contains(SecretaryChat, StringComparison.Ordinal)
            && r.BodyObject?["attachments"]?[0]?["content"]?["actions"]?[0]?["verb"]?.GetValue<string>() == PledgeLaunchCard.RefreshVerb);
        Assert.Equal(1, progressCardsPosted);
    }

    [Fact]
    public async Task A_launch_cut_short_before_its_progress_card_is_finished_by_the_next_press()
    {
        await SeedPeopleAsync();
        // What a first press leaves if the bot stops right after storing the launch: no cards queued, no progress card.
        var launchedAt = _clock.GetUtcNow() - TimeSpan.FromMinutes(5);
        await Service<PledgeLaunchStore>().TryAddAsync(new PledgeLaunch
        {
            TenantId = BotApplication.TenantId, CampaignId = CampaignId, BatchId = PledgeDelivery.LaunchBatch(BotApplication.TenantId, CampaignId),
            LaunchedAt = launchedAt, LaunchedByAadObjectId = Secretary.Aad, ReportedAt = launchedAt, ProgressClaimedAt = launchedAt,
        }, CancellationToken.None);

        var answer = await LaunchAsync(Secretary.Aad);

        Assert.Contains(TextBlocks(answer.Card), t => t.StartsWith("Đã gửi thêm 6 thẻ", StringComparison.Ordinal));
        await WaitUntilAsync(() => LaunchCard() is { } card && TextBlocks(card).Any(t => t.StartsWith("Đã gửi xong", StringComparison.Ordinal)), "the delivery report");
        Assert.Equal("6", Facts(LaunchCard()!)["Đã gửi"]);
        Assert.Equal(6, PledgeCardsSent().Count);
    }

    [Fact]
    public async Task Someone_who_installs_ThiDuaBot_after_the_launch_gets_their_card_and_nobody_else_gets_one_again()
    {
        await SeedPeopleAsync();
        await LaunchAsync(Secretary.Aad);
        await WaitUntilAsync(() => PledgeCardsSent().Count >= 6, "six pledge cards");
        Channel.ClearRecordings();

        var install = TeamsActivities.PersonalInstallationUpdate(Channel.ServiceUrl, "add");
        install["from"]!["aadObjectId"] = Lan.Aad;
        install["from"]!["name"] = Lan.Name;
        install["conversation"]!["id"] = "a:chat-lan";
        (await SendAsync(install)).EnsureSuccessStatusCode();

        await WaitUntilAsync(() => PledgeCardsSent().Count >= 1, "Lan's card");
        await Task.Delay(500);
        Assert.Equal([("a:chat-lan", PledgeCard.IndividualKind)], PledgeCardsSent());
        // The delivery report follows: updated in place with her card, nobody left unreachable.
        await WaitUntilAsync(() => LaunchCard() is { } card && Facts(card).GetValueOrDefault("Đã gửi") == "7" && TextBlocks(card).Any(t => t.StartsWith("Đã gửi xong", StringComparison.Ordinal)), "the report with Lan's card");
        Assert.Equal("0", Facts(LaunchCard()!)["Người chưa liên lạc được (chưa gửi)"]);
    }

    [Fact]
    public async Task Someone_added_by_a_roster_import_after_the_launch_gets_their_card_and_the_import_says_so()
    {
        await SeedPeopleAsync();
        await LaunchAsync(Secretary.Aad);
        await WaitUntilAsync(() => PledgeCardsSent().Count >= 6, "six pledge cards");
        var mai = new TestPerson("maint@sokhcn.example", "Nguyễn Thị Mai", "6d1f0a52-7c1e-4f0b-9a57-2b8e3c4d5e6f", Office, Role.Staff);
        await StoreChatAsync(mai, "a:chat-mai");
        var people = new[] { An, Dung, Lan, Long, Secretary, mai };
        var csv = "Họ và tên,Email,Đơn vị,Vai trò,AAD object id\n" + string.Concat(people.Select(p =>
            $"{p.Name},{p.SignInName},{(p.UnitId == Office ? "Văn phòng" : "Quản lý khoa học")},\"{Roles(p.Roles)}\",{(p == mai ? p.Aad : "")}\n"));
        Channel.ClearRecordings();

        var answer = await ExecuteAsync(AdminCard.ImportCsvVerb, new JsonObject { [AdminCard.CsvTextInput] = csv }, Secretary.Aad);

        Assert.Contains(TextBlocks(answer.Card), t => t.Contains("đã gửi 1 thẻ đăng ký cho người mới", StringComparison.Ordinal));
        await WaitUntilAsync(() => PledgeCardsSent().Count >= 1, "Mai's card");
        await Task.Delay(500);
        Assert.Equal([("a:chat-mai", PledgeCard.IndividualKind)], PledgeCardsSent());
    }

    private static string Roles(Role roles) => string.Join(", ", new[]
    {
        roles.HasFlag(Role.UnitHead) ? "thủ trưởng đơn vị" : null,
        roles.HasFlag(Role.CouncilSecretary) ? "thư ký hội đồng" : null,
    }.OfType<string>().DefaultIfEmpty("cán bộ"));

    [Fact]
    public async Task Before_the_launch_an_install_sends_no_card()
    {
        await SeedPeopleAsync();

        var install = TeamsActivities.PersonalInstallationUpdate(Channel.ServiceUrl, "add");
        install["from"]!["aadObjectId"] = Lan.Aad;
        install["conversation"]!["id"] = "a:chat-lan";
        (await SendAsync(install)).EnsureSuccessStatusCode();

        await Task.Delay(500);
        Assert.Empty(PledgeCardsSent());
        Assert.Null(await Service<PledgeLaunchStore>().GetAsync(BotApplication.TenantId, CampaignId, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_council_secretary_may_launch_and_a_refusal_stores_and_sends_nothing()
    {
        await SeedPeopleAsync();
        var stranger = await LaunchAsync(StrangerAad, "a:chat-stranger", "en-US");
        Assert.Contains("secretary", stranger.Message, StringComparison.OrdinalIgnoreCase);
        var rowsBefore = await CountStoredRowsAsync();

        foreach (var (person, chat) in new[] { (An, "a:chat-an"), (Dung, "a:chat-dung") })
        {
            var answer = await LaunchAsync(person.Aad, chat);
            Assert.Equal(InvokeResponse.MessageType, answer.Type);
            Assert.Contains("thư ký Hội đồng", answer.Message, StringComparison.OrdinalIgnoreCase);
        }

        await Task.Delay(300);
        Assert.Empty(PledgeCardsSent());
        Assert.Equal(rowsBefore, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task After_the_pledge_deadline_the_round_cannot_be_launched()
    {
        await SeedPeopleAsync();
        _clock.MoveTo(new DateTimeOffset(2013, 3, 21, 0, 0, 1, TimeSpan.FromHours(7)));
        var rowsBefore = await CountStoredRowsAsync();

        var answer = await LaunchAsync(Secretary.Aad, locale: "en-US");

        Assert.Contains("The pledge deadline (20/03/2013) has passed, so the round cannot be launched.", TextBlocks(answer.Card));
        Assert.DoesNotContain(AllVerbs(answer.Card), verb => verb == AdminCard.LaunchVerb);
        Assert.Equal(rowsBefore, await CountStoredRowsAsync());
        Assert.Empty(PledgeCardsSent());
    }

    [Fact]
    public async Task On_the_deadline_day_itself_the_launch_still_goes_out()
    {
        await SeedPeopleAsync();
        _clock.MoveTo(new DateTimeOffset(2013, 3, 20, 23, 0, 0, TimeSpan.FromHours(7)));

        var answer = await LaunchAsync(Secretary.Aad);

        Assert.Contains(TextBlocks(answer.Card), t => t.StartsWith("Đã phát động", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_admin_card_offers_the_launch_with_a_confirmation_then_the_top_up_with_the_round_s_numbers()
    {
        await SeedPeopleAsync();

        var before = await ExecuteAsync(StatusCard.BackVerb, new JsonObject(), Secretary.Aad);
        Assert.Contains("Chưa phát động. Hạn đăng ký: 20/03/2013.", TextBlocks(before.Card));
        var confirm = Json(before.Card);
        Assert.Contains("Action.ShowCard", confirm, StringComparison.Ordinal);
        Assert.Contains("tới 5 người trong danh sách", confirm, StringComparison.Ordinal);

        var after = await LaunchAsync(Secretary.Aad);
        Assert.Contains(AllVerbs(after.Card), verb => verb == AdminCard.LaunchVerb);
        Assert.Contains("Gửi thẻ cho người chưa nhận", Json(after.Card), StringComparison.Ordinal);
        Assert.Contains(TextBlocks(after.Card), t => t.StartsWith("Đã phát động lúc 10/03/2013 08:", StringComparison.Ordinal)
            && t.Contains("/6 thẻ; 1 người chưa liên lạc được", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_progress_card_s_refresh_is_for_secretaries_only()
    {
        await SeedPeopleAsync();
        await LaunchAsync(Secretary.Aad);
        var data = new JsonObject { ["verb"] = PledgeLaunchCard.RefreshVerb, [PledgeLaunchCard.CampaignKey] = CampaignId };

        var refused = await ExecuteAsync(PledgeLaunchCard.RefreshVerb, data.DeepClone().AsObject(), An.Aad);
        var wrongCampaign = await ExecuteAsync(PledgeLaunchCard.RefreshVerb, new JsonObject { [PledgeLaunchCard.CampaignKey] = "ke-hoach-khac" }, Secretary.Aad);
        var shown = await ExecuteAsync(PledgeLaunchCard.RefreshVerb, data, Secretary.Aad, "en-US");

        Assert.Equal(InvokeResponse.MessageType, refused.Type);
        Assert.Equal("Đợt đăng ký này chưa được phát động.", wrongCampaign.Message);
        Assert.Equal("Pledge round launch", TextBlocks(shown.Card)[0]);
        Assert.Equal("6", Facts(shown.Card)["Cards to send"]);
    }

    private static IEnumerable<string> AllVerbs(JsonNode card) => card.ToJsonString().Split("\"verb\":\"").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]);

    /// <summary>The real clock moved to a date of the sample campaign; a test can move it on.</summary>
    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private TimeSpan _shift = start - DateTimeOffset.UtcNow;

        public void MoveTo(DateTimeOffset when) => _shift = when - DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
    }
}
