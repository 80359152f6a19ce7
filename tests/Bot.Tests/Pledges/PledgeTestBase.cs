using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary>
/// The sample campaign (pledge deadline 20/03/2013, Asia/Ho_Chi_Minh) running for the test tenant with a small
/// roster, and a clock fixed at 10/03/2013 08:00 local time that a test can move. People act through
/// <c>/api/messages</c> as Teams would: commands as messages, clicks as <c>adaptiveCard/action</c> invokes.
/// </summary>
public abstract class PledgeTestBase : BotTestBase
{
    protected const string CampaignId = "ke-hoach-thi-dua-2013";
    protected const string Office = "van-phong";
    protected const string Science = "quan-ly-khoa-hoc";

    /// <summary>Staff member of the office; the activities' default user.</summary>
    protected static readonly TestPerson An = new("an@sokhcn.example", "Nguyễn Văn An", TeamsActivities.UserAadObjectId, Office, Role.Staff);
    /// <summary>Head of the office.</summary>
    protected static readonly TestPerson Dung = new("dunghv@sokhcn.example", "Hoàng Văn Dũng", "aad-dung", Office, Role.Staff | Role.UnitHead);
    protected static readonly TestPerson Lan = new("lanpt@sokhcn.example", "Phạm Thị Lan", "aad-lan", Office, Role.Staff);
    /// <summary>Head of another unit.</summary>
    protected static readonly TestPerson Long = new("longpv@sokhcn.example", "Phan Văn Long", "aad-long", Science, Role.Staff | Role.UnitHead);
    /// <summary>On the roster, but has left.</summary>
    protected static readonly TestPerson Left = new("left@sokhcn.example", "Người Đã Nghỉ", "aad-left", Office, Role.Staff);
    protected const string StrangerAad = "aad-not-on-roster";

    /// <summary>10/03/2013 08:00 in Hà Nội.</summary>
    protected static readonly DateTimeOffset BeforeDeadline = new(2013, 3, 10, 8, 0, 0, TimeSpan.FromHours(7));

    protected FakeTimeProvider Clock { get; } = new(BeforeDeadline);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected PledgeStore Pledges => Service<PledgeStore>();

    protected async Task SeedAsync(string yaml = "")
    {
        var campaignYaml = yaml.Length > 0 ? yaml : SampleCampaign.ReadYaml();
        await Service<CampaignStore>().SaveVersionAsync(BotApplication.TenantId, CampaignId, "Kế hoạch thi đua 2013", campaignYaml, ["dot-1", "dot-2"], 0, null, null, BeforeDeadline, CancellationToken.None);
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = CampaignId }, CancellationToken.None);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges(
            [An.ToPerson(), Dung.ToPerson(), Lan.ToPerson(), Long.ToPerson(), Left.ToPerson() with { Active = false }],
            [new Unit { UnitId = Office, Name = "Văn phòng Sở" }, new Unit { UnitId = Science, Name = "Phòng Quản lý khoa học" }]), CancellationToken.None);
    }

    /// <summary>Loads <paramref name="yaml"/> as the campaign's next version, as the secretary would.</summary>
    protected async Task LoadNextVersionAsync(string yaml)
    {
        var current = await Service<CampaignStore>().GetAsync(BotApplication.TenantId, CampaignId, CancellationToken.None);
        await Service<CampaignStore>().SaveVersionAsync(BotApplication.TenantId, CampaignId, "Kế hoạch thi đua 2013", yaml, ["dot-1", "dot-2"], current!.Version, null, null, BeforeDeadline, CancellationToken.None);
    }

    /// <summary>Types <paramref name="text"/> in the personal chat as <paramref name="aad"/>; the cards the bot answered with.</summary>
    protected async Task<IReadOnlyList<JsonObject>> SayAsync(string text, string aad = TeamsActivities.UserAadObjectId, string locale = "vi-VN")
    {
        Channel.ClearRecordings();
        var activity = TeamsActivities.PersonalMessage(Channel.ServiceUrl, text, locale);
        activity["from"]!["aadObjectId"] = aad;
        (await SendAsync(activity)).EnsureSuccessStatusCode();
        return SentActivities().Select(sent => sent.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>().Select(c => (JsonObject)c.DeepClone()).ToList();
    }

    /// <summary>The texts the bot answered with to the last message.</summary>
    protected IReadOnlyList<string> RepliedTexts() =>
        SentActivities().Select(sent => sent.BodyObject?["text"]?.GetValue<string>()).OfType<string>().ToList();

    /// <summary>The person's individual pledge card, as the <c>đăng ký</c> command sends it.</summary>
    protected async Task<JsonObject> OpenCardAsync(TestPerson person, bool collective = false, string locale = "vi-VN")
    {
        var cards = await SayAsync("đăng ký", person.Aad, locale);
        return cards.Single(card => Kind(card) == (collective ? PledgeCard.CollectiveKind : PledgeCard.IndividualKind));
    }

    /// <summary>Clicks the card's button <paramref name="verb"/> as <paramref name="aad"/>, with the inputs as Teams merges them into the data.</summary>
    protected async Task<InvokeAnswer> ClickAsync(JsonObject card, string verb, JsonObject? inputs = null, string aad = TeamsActivities.UserAadObjectId, string locale = "vi-VN")
    {
        var action = (card["actions"] as JsonArray ?? []).Select(a => a!.AsObject()).Single(a => a["verb"]?.GetValue<string>() == verb);
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }
        return await ExecuteAsync(verb, data, aad, locale);
    }

    protected async Task<InvokeAnswer> ExecuteAsync(string verb, JsonObject data, string aad = TeamsActivities.UserAadObjectId, string locale = "vi-VN")
    {
        var activity = TeamsActivities.CardExecute(Channel.ServiceUrl, verb, data, locale);
        activity["from"]!["aadObjectId"] = aad;
        var response = await SendAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return new InvokeAnswer(body["type"]!.GetValue<string>(), body["value"]);
    }

    /// <summary>Inputs of a complete, valid individual pledge.</summary>
    protected static JsonObject ValidInputs(string title = "lao-dong-tien-tien", string areas = "cai-cach-hanh-chinh,quan-ly-nha-nuoc", string targets = "Hoàn thành 100% nhiệm vụ được giao đúng hạn.\nCó 1 sáng kiến được công nhận.", string? initiatives = "1", string commitment = "Tôi xin cam kết thực hiện đúng các chỉ tiêu đã đăng ký.") => new()
    {
        [PledgeCard.TitleInput] = title,
        [PledgeCard.AreasInput] = areas,
        [PledgeCard.TargetsInput] = targets,
        [PledgeCard.NumberInputPrefix + "initiatives"] = initiatives,
        [PledgeCard.CommitmentInput] = commitment,
    };

    protected Task<StoredPledge?> StoredAsync(TestPerson person) =>
        Pledges.GetAsync(BotApplication.TenantId, CampaignId, PledgeKind.Individual, person.SignInName, CancellationToken.None);

    protected Task<IReadOnlyList<PledgeVersion>> VersionsAsync(TestPerson person) =>
        Pledges.ListVersionsAsync(BotApplication.TenantId, CampaignId, PledgeKind.Individual, person.SignInName, CancellationToken.None);

    protected async Task<int> StoredPledgeCountAsync() =>
        (await Pledges.ListCampaignAsync(BotApplication.TenantId, CampaignId, CancellationToken.None)).Count;

    protected static string? Kind(JsonObject card) =>
        (card["actions"] as JsonArray)?.FirstOrDefault()?["data"]?[PledgeCard.KindKey]?.GetValue<string>();

    protected static string? Verb(JsonObject card) => (card["actions"] as JsonArray)?.FirstOrDefault()?["verb"]?.GetValue<string>();

    protected static JsonObject? Input(JsonObject card, string id) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).SingleOrDefault(e => e["id"]?.GetValue<string>() == id);

    protected static string? InputValue(JsonObject card, string id) => Input(card, id)?["value"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    /// <summary>The card's text blocks in order: headings, messages, summary lines.</summary>
    protected static IReadOnlyList<string> TextBlocks(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();

    protected static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "FactSet")
        .SelectMany(f => f!["facts"]!.AsArray())
        .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());

    protected static string Json(JsonNode node) => node.ToJsonString(ProtocolJson.Options);

    protected sealed record TestPerson(string SignInName, string Name, string Aad, string UnitId, Role Roles)
    {
        public Person ToPerson() => new() { SignInName = SignInName, DisplayName = Name, AadObjectId = Aad, UnitId = UnitId, Roles = Roles };
    }

    /// <summary>The invoke answer: a replacement card or a message.</summary>
    protected sealed record InvokeAnswer(string Type, JsonNode? Value)
    {
        public JsonObject Card => Type == InvokeResponse.CardType ? Value!.AsObject() : throw new Xunit.Sdk.XunitException($"Expected a card, got {Type}: {Value?.ToJsonString()}");
        public string Message => Type == InvokeResponse.MessageType ? Value!.GetValue<string>() : throw new Xunit.Sdk.XunitException($"Expected a message, got {Type}: {Value?.ToJsonString()}");
    }
}
