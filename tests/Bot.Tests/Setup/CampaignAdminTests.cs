using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>The secretary loads campaign plans and moves phases from the admin card.</summary>
public sealed class CampaignAdminTests : BotTestBase
{
    private const string SampleId = "ke-hoach-thi-dua-2013";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Setup:Secretaries:0"] = TeamsActivities.UserAadObjectId,
    };

    private async Task<JsonObject> ExecuteAsync(string verb, JsonObject? data = null, string locale = "vi-VN")
    {
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, verb, data ?? new JsonObject(), locale));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(InvokeResponse.CardType, body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private static string Text(JsonObject card) => card.ToJsonString(ProtocolJson.Options);

    private Task<StoredCampaign?> StoredAsync(string id = SampleId) => Service<CampaignStore>().GetAsync(BotApplication.TenantId, id, CancellationToken.None);

    [Fact]
    public async Task Loading_the_sample_stores_it_makes_it_running_and_shows_its_phases()
    {
        var card = await ExecuteAsync(AdminCard.LoadSampleVerb);

        CardAssert.Valid(card);
        var stored = await StoredAsync();
        Assert.Equal(1, stored!.Version);
        Assert.Equal(SampleCampaign.ReadYaml(), stored.Yaml);
        Assert.Equal(SampleId, (await Service<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None)).ActiveCampaignId);
        Assert.Contains("Đã nạp kế hoạch", Text(card));
        Assert.Contains("Đợt 1", Text(card));
        Assert.Contains("01/03/2013 – 30/06/2013", Text(card));
        Assert.Contains(Strings.Vi.PhaseNotStarted, Text(card));
    }

    [Fact]
    public async Task Double_click_on_load_stores_one_version()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);
        var second = await ExecuteAsync(AdminCard.LoadSampleVerb);

        Assert.Contains(Strings.Vi.CampaignUnchanged, Text(second));
        Assert.Single(await Service<CampaignStore>().ListVersionsAsync(BotApplication.TenantId, SampleId, CancellationToken.None));
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_its_lines_in_english_the_text_is_kept_and_nothing_is_stored()
    {
        var bad = SampleCampaign.ReadYaml().Replace("end: 2013-06-30", "end: 2013-02-30", StringComparison.Ordinal);

        var card = await ExecuteAsync(AdminCard.LoadTextVerb, new JsonObject { [AdminCard.CampaignTextInput] = bad }, locale: "en-US");

        Assert.Contains(Strings.En.CampaignRefused, Text(card));
        Assert.Contains("Line 137, phases[0].end", Text(card));
        Assert.Null(await StoredAsync());
        Assert.Null((await Service<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None)).ActiveCampaignId);
        var box = FindInput(card, AdminCard.CampaignTextInput);
        Assert.Equal(bad, box?["value"]?.GetValue<string>());
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task A_refused_paste_too_large_to_show_again_says_so_and_the_card_stays_small()
    {
        var bad = SampleCampaign.ReadYaml().Replace("end: 2013-06-30", "end: 2013-02-30", StringComparison.Ordinal) + "\n# " + new string('đ', 6000);

        var card = await ExecuteAsync(AdminCard.LoadTextVerb, new JsonObject { [AdminCard.CampaignTextInput] = bad });

        Assert.Contains(Strings.Vi.PastedTooLongToShow, Text(card));
        Assert.Null(FindInput(card, AdminCard.CampaignTextInput)?["value"]);
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task Empty_paste_is_refused()
    {
        var card = await ExecuteAsync(AdminCard.LoadTextVerb, new JsonObject { [AdminCard.CampaignTextInput] = "   " });

        Assert.Contains(Strings.Vi.PasteSomething, Text(card));
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task A_new_version_keeps_the_old_one_and_says_what_changed()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);
        var edited = SampleCampaign.ReadYaml().Replace("end: 2013-06-30", "end: 2013-06-29", StringComparison.Ordinal);

        var card = await ExecuteAsync(AdminCard.LoadTextVerb, new JsonObject { [AdminCard.CampaignTextInput] = edited });

        Assert.Contains(Strings.Vi.CampaignChangesHeading, Text(card));
        Assert.Contains("29/06/2013", Text(card));
        var versions = await Service<CampaignStore>().ListVersionsAsync(BotApplication.TenantId, SampleId, CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(SampleCampaign.ReadYaml(), versions[0].Yaml);
        Assert.Contains("29/06/2013", versions[1].ChangeSummary);
    }

    [Fact]
    public async Task A_new_campaign_takes_over_and_starts_with_the_previous_roster()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, SampleId, new RosterChanges(
            [new Person { SignInName = "an@x.example", DisplayName = "Nguyễn Văn An", UnitId = "van-phong" },
             new Person { SignInName = "left@x.example", DisplayName = "Đã nghỉ", Active = false }],
            [new Unit { UnitId = "van-phong", Name = "Văn phòng Sở" }]), CancellationToken.None);
        var nextYear = SampleCampaign.ReadYaml().Replace("id: ke-hoach-thi-dua-2013", "id: ke-hoach-thi-dua-2013-bo-sung", StringComparison.Ordinal);

        var card = await ExecuteAsync(AdminCard.LoadTextVerb, new JsonObject { [AdminCard.CampaignTextInput] = nextYear });

        Assert.Equal("ke-hoach-thi-dua-2013-bo-sung", (await Service<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None)).ActiveCampaignId);
        var copied = await Service<RosterStore>().ListPeopleAsync(BotApplication.TenantId, "ke-hoach-thi-dua-2013-bo-sung", CancellationToken.None);
        Assert.Equal(["an@x.example"], copied.Select(p => p.SignInName));
        Assert.Contains("1 người, 1 đơn vị", Text(card));
        Assert.NotNull(await StoredAsync()); // the earlier campaign is kept
    }

    [Fact]
    public async Task Phases_start_one_at_a_time_and_close_for_good()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);
        JsonObject Phase(string id) => new() { [AdminCard.PhaseInput] = id };

        Assert.Contains("Đã bắt đầu Đợt 1", Text(await ExecuteAsync(AdminCard.PhaseStartVerb, Phase("dot-1"))));
        Assert.Contains("đang diễn ra rồi", Text(await ExecuteAsync(AdminCard.PhaseStartVerb, Phase("dot-1"))));
        Assert.Contains("Hãy kết thúc đợt đó trước", Text(await ExecuteAsync(AdminCard.PhaseStartVerb, Phase("dot-2"))));
        Assert.Contains("chưa bắt đầu nên chưa thể kết thúc", Text(await ExecuteAsync(AdminCard.PhaseCloseVerb, Phase("dot-2"))));
        Assert.Contains("Đã kết thúc Đợt 1", Text(await ExecuteAsync(AdminCard.PhaseCloseVerb, Phase("dot-1"))));
        Assert.Contains("không thể bắt đầu lại", Text(await ExecuteAsync(AdminCard.PhaseStartVerb, Phase("dot-1"))));
        Assert.Contains(Strings.Vi.PhaseUnknown, Text(await ExecuteAsync(AdminCard.PhaseStartVerb, Phase("dot-9"))));
        Assert.Contains("Đã bắt đầu Đợt 2", Text(await ExecuteAsync(AdminCard.PhaseStartVerb, Phase("dot-2"))));

        var phases = (await StoredAsync())!.Phases;
        Assert.Equal(PhaseStatus.Closed, phases.Single(p => p.PhaseId == "dot-1").Status);
        Assert.Equal(PhaseStatus.Active, phases.Single(p => p.PhaseId == "dot-2").Status);
        Assert.Equal(TeamsActivities.UserAadObjectId, phases.Single(p => p.PhaseId == "dot-2").ChangedByAadObjectId);
    }

    [Fact]
    public async Task Phase_change_without_a_campaign_says_to_load_one()
    {
        var card = await ExecuteAsync(AdminCard.PhaseStartVerb, new JsonObject { [AdminCard.PhaseInput] = "dot-1" });

        Assert.Contains(Strings.Vi.NoActiveCampaign, Text(card));
    }

    private static JsonObject? FindInput(JsonNode node, string id) => node switch
    {
        JsonObject o when o["id"] is JsonValue v && v.GetValue<string>() == id => o,
        JsonObject o => o.Select(p => p.Value is null ? null : FindInput(p.Value, id)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => x is null ? null : FindInput(x, id)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
