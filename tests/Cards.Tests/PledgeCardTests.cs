using System.Text.Json.Nodes;
using Xunit.Abstractions;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class PledgeCardTests(ITestOutputHelper output)
{
    private const string Sentence = "Thực hiện tốt cải cách hành chính, ứng dụng công nghệ thông tin và đổi mới phương thức làm việc; ";
    private static readonly DateOnly Deadline = new(2013, 3, 20);

    private static readonly PledgeChoice[] SampleTitles =
        [new("lao-dong-tien-tien", "Lao động tiên tiến"), new("chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở")];

    private static readonly PledgeChoice[] SampleAreas =
    [
        new("cai-cach-hanh-chinh", "Cải cách hành chính, áp dụng ISO, giảm thời gian giải quyết thủ tục"),
        new("quan-ly-nha-nuoc", "Quản lý nhà nước về KH&CN trên địa bàn"),
        new("ung-dung-chuyen-giao", "Ứng dụng, chuyển giao tiến bộ KH&CN cho nông nghiệp, nông thôn"),
    ];

    private static string Long(int length, string sentence = Sentence) =>
        string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];

    private static PledgeFormModel Form(bool collective = false) => new()
    {
        Action = new PledgeActionData("ke-hoach-thi-dua-2013", 1, collective ? "van-phong" : "an@x.example", collective, "nonce-1"),
        CampaignTitle = "Kế hoạch thi đua năm 2013",
        PersonName = "Nguyễn Văn An",
        UnitName = "Văn phòng Sở",
        Deadline = Deadline,
        Titles = SampleTitles,
        ContentAreas = SampleAreas,
        Numbers = [new PledgeNumberInput("initiatives", Strings.Vi.PledgeInitiativesLabel, collective ? PledgeLimits.MaxCollectiveNumber : PledgeLimits.MaxIndividualNumber, null)],
    };

    private static PledgeSummaryModel Summary(bool editable, int version = 1, IReadOnlyList<string>? changes = null) => new()
    {
        Action = new PledgeActionData("ke-hoach-thi-dua-2013", 1, "an@x.example", false, "nonce-2"),
        CampaignTitle = "Kế hoạch thi đua năm 2013",
        PersonName = "Nguyễn Văn An",
        UnitName = "Văn phòng Sở",
        Deadline = Deadline,
        Editable = editable,
        TitleName = "Chiến sĩ thi đua cơ sở",
        ContentAreaTitles = SampleAreas.Select(a => a.Title).ToList(),
        Targets = "Hoàn thành 100% nhiệm vụ.\nCó 2 sáng kiến được công nhận.",
        Numbers = [new PledgeNumberValue(Strings.Vi.PledgeInitiatives, 2)],
        Commitment = "Tôi xin cam kết thực hiện đúng các chỉ tiêu đã đăng ký.",
        Version = version,
        SavedAt = new DateTimeOffset(2013, 3, 12, 9, 30, 0, TimeSpan.FromHours(7)),
        Changes = changes ?? [],
    };

    [Fact]
    public void Forms_and_summaries_in_both_languages_are_valid_cards()
    {
        CardAssert.AllValid(
        [
            PledgeCard.Form(Strings.Vi, Form()),
            PledgeCard.Form(Strings.En, Form()),
            PledgeCard.Form(Strings.Vi, Form(collective: true)),
            PledgeCard.Summary(Strings.Vi, Summary(editable: true)),
            PledgeCard.Summary(Strings.En, Summary(editable: false, version: 2, changes: ["danh hiệu: từ Lao động tiên tiến thành Chiến sĩ thi đua cơ sở"])),
            PledgeCard.Closed(Strings.Vi, false, "Kế hoạch thi đua năm 2013", "Nguyễn Văn An", "Văn phòng Sở", "Đã hết hạn."),
        ]);
    }

    [Fact]
    public void Individual_form_prefills_who_offers_the_campaign_choices_and_submits_its_card_data()
    {
        var card = PledgeCard.Form(Strings.Vi, Form());

        var facts = Facts(card);
        Assert.Equal("Nguyễn Văn An", facts[Strings.Vi.PledgeName]);
        Assert.Equal("Văn phòng Sở", facts[Strings.Vi.PledgeUnit]);
        Assert.Equal("20/03/2013", facts[Strings.Vi.PledgeDeadline]);
        var title = Input(card, PledgeCard.TitleInput);
        Assert.Equal("Input.ChoiceSet", Str(title["type"]));
        Assert.Equal(["lao-dong-tien-tien", "chien-si-thi-dua-co-so"], ChoiceValues(title));
        Assert.True(title["isRequired"]!.GetValue<bool>());
        var areas = Input(card, PledgeCard.AreasInput);
        Assert.True(areas["isMultiSelect"]!.GetValue<bool>());
        Assert.True(areas["isRequired"]!.GetValue<bool>());
        Assert.Equal(SampleAreas.Select(a => a.Id), ChoiceValues(areas));
        var targets = Input(card, PledgeCard.TargetsInput);
        Assert.True(targets["isMultiline"]!.GetValue<bool>());
        Assert.True(targets["isRequired"]!.GetValue<bool>());
        Assert.Equal(PledgeLimits.MaxTargetsLength, targets["maxLength"]!.GetValue<int>());
        Assert.Equal(PledgeLimits.MaxCommitmentLength, Input(card, PledgeCard.CommitmentInput)["maxLength"]!.GetValue<int>());
        var number = Input(card, PledgeCard.NumberInputPrefix + "initiatives");
        Assert.Equal("Input.Number", Str(number["type"]));
        Assert.Equal(0, number["min"]!.GetValue<int>());
        Assert.Equal(PledgeLimits.MaxIndividualNumber, number["max"]!.GetValue<int>());

        var action = Assert.Single(card["actions"]!.AsArray())!.AsObject();
        Assert.Equal("Action.Execute", Str(action["type"]));
        Assert.Equal(PledgeCard.SubmitVerb, Str(action["verb"]));
        var data = action["data"]!.AsObject();
        Assert.Equal("ke-hoach-thi-dua-2013", Str(data[PledgeCard.CampaignIdKey]));
        Assert.Equal(1, data[PledgeCard.CampaignVersionKey]!.GetValue<int>());
        Assert.Equal("an@x.example", Str(data[PledgeCard.SubjectKey]));
        Assert.Equal(PledgeCard.IndividualKind, Str(data[PledgeCard.KindKey]));
        Assert.Equal("nonce-1", Str(data[PledgeCard.NonceKey]));
    }

    [Fact]
    public void Collective_form_names_the_unit_and_its_head_and_sends_the_unit_as_subject()
    {
        var card = PledgeCard.Form(Strings.En, Form(collective: true));

        var facts = Facts(card);
        Assert.Equal("Văn phòng Sở", facts[Strings.En.PledgeUnit]);
        Assert.Equal("Nguyễn Văn An", facts[Strings.En.PledgeUnitHead]);
        Assert.Equal(Strings.En.PledgeCollectiveHeading, Str(card["body"]![0]!["text"]));
        Assert.Equal(Strings.En.PledgeCollectiveTitleLabel, Str(Input(card, PledgeCard.TitleInput)["label"]));
        var data = card["actions"]![0]!["data"]!;
        Assert.Equal(PledgeCard.CollectiveKind, Str(data[PledgeCard.KindKey]));
        Assert.Equal("van-phong", Str(data[PledgeCard.SubjectKey]));
        Assert.DoesNotContain(Texts(card), t => t.Contains(Strings.Vi.PledgeCollectiveHeading, StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_form_shows_the_errors_at_the_top_and_keeps_every_value()
    {
        var model = Form() with
        {
            Errors = [Strings.Vi.PledgeErrorsHeading, Strings.Vi.PledgeCommitmentRequired],
            TitleId = "chien-si-thi-dua-co-so",
            ContentAreaIds = ["quan-ly-nha-nuoc", "cai-cach-hanh-chinh", "khong-co"],
            Targets = "Hoàn thành 100% nhiệm vụ\nCó 2 sáng kiến",
            Commitment = "",
            Numbers = [new PledgeNumberInput("initiatives", "Số sáng kiến", 100, "-3")],
        };

        var card = PledgeCard.Form(Strings.Vi, model);

        CardAssert.Valid(card);
        var body = card["body"]!.AsArray();
        Assert.Equal(Strings.Vi.PledgeErrorsHeading, Str(body[2]!["text"]));
        Assert.Equal("Attention", Str(body[2]!["color"]));
        Assert.Equal(Strings.Vi.PledgeCommitmentRequired, Str(body[3]!["text"]));
        Assert.Equal("chien-si-thi-dua-co-so", Str(Input(card, PledgeCard.TitleInput)["value"]));
        Assert.Equal("quan-ly-nha-nuoc,cai-cach-hanh-chinh", Str(Input(card, PledgeCard.AreasInput)["value"])); // unknown ids cannot be shown as chosen
        Assert.Equal("Hoàn thành 100% nhiệm vụ\nCó 2 sáng kiến", Str(Input(card, PledgeCard.TargetsInput)["value"]));
        Assert.Null(Input(card, PledgeCard.CommitmentInput)["value"]);
        Assert.Equal(-3, Input(card, PledgeCard.NumberInputPrefix + "initiatives")["value"]!.GetValue<double>());
    }

    [Fact]
    public void With_30_long_content_areas_20_titles_and_every_text_at_its_limit_the_form_stays_far_under_28_KB()
    {
        var model = Form() with
        {
            Titles = Enumerable.Range(1, 20).Select(i => new PledgeChoice($"danh-hieu-{i:D2}-" + new string('x', 48), Long(100))).ToList(),
            ContentAreas = Enumerable.Range(1, 30).Select(i => new PledgeChoice($"noi-dung-{i:D2}-" + new string('y', 50), Long(300))).ToList(),
            ContentAreaIds = Enumerable.Range(1, 30).Select(i => $"noi-dung-{i:D2}-" + new string('y', 50)).ToList(),
            Targets = Long(PledgeLimits.MaxTargetsLength),
            Commitment = Long(PledgeLimits.MaxCommitmentLength),
            Errors = [Strings.Vi.PledgeErrorsHeading, Strings.Vi.PledgeTitleUnknown, Strings.Vi.PledgeAreasUnknown],
        };

        var card = PledgeCard.Form(Strings.Vi, model);

        output.WriteLine($"form: {PledgeCard.SizeInBytes(card)} bytes");
        CardAssert.Valid(card, maxBytes: 20 * 1024);
        Assert.Equal(Long(PledgeLimits.MaxTargetsLength), Str(Input(card, PledgeCard.TargetsInput)["value"]));
        Assert.Equal(Long(PledgeLimits.MaxCommitmentLength), Str(Input(card, PledgeCard.CommitmentInput)["value"]));
    }

    [Fact]
    public void Even_texts_of_three_byte_characters_everywhere_fit_by_shortening_the_choices()
    {
        const string Heavy = "ệ";
        var model = Form() with
        {
            Titles = Enumerable.Range(1, 20).Select(i => new PledgeChoice($"danh-hieu-{i:D2}-" + new string('x', 48), Long(100, Heavy))).ToList(),
            ContentAreas = Enumerable.Range(1, 30).Select(i => new PledgeChoice($"noi-dung-{i:D2}-" + new string('y', 50), Long(300, Heavy))).ToList(),
            Targets = Long(2 * PledgeLimits.MaxTargetsLength, Heavy),
            Commitment = Long(2 * PledgeLimits.MaxCommitmentLength, Heavy),
        };

        var card = PledgeCard.Form(Strings.Vi, model);

        output.WriteLine($"form: {PledgeCard.SizeInBytes(card)} bytes");
        CardAssert.Valid(card);
        Assert.True(PledgeCard.SizeInBytes(card) <= PledgeCard.TargetBytes, $"{PledgeCard.SizeInBytes(card)} bytes");
        Assert.Equal(PledgeLimits.MaxTargetsLength, Str(Input(card, PledgeCard.TargetsInput)["value"]).Length); // 3 bytes each: the byte bound
        Assert.Contains(Strings.Vi.PledgeTextCut, Texts(card));
    }

    [Fact]
    public void A_text_within_its_limit_is_echoed_in_full_whatever_its_characters()
    {
        var targets = Long(PledgeLimits.MaxTargetsLength, "ệ");

        var card = PledgeCard.Form(Strings.Vi, Form() with { Targets = targets });

        Assert.Equal(targets, Str(Input(card, PledgeCard.TargetsInput)["value"]));
        Assert.DoesNotContain(Strings.Vi.PledgeTextCut, Texts(card));
    }

    [Fact]
    public void A_text_beyond_twice_its_limit_is_echoed_cut_and_the_card_says_so()
    {
        var card = PledgeCard.Form(Strings.En, Form() with { Targets = Long(10_000) });

        Assert.Equal(2 * PledgeLimits.MaxTargetsLength, Str(Input(card, PledgeCard.TargetsInput)["value"]).Length);
        Assert.Contains(Strings.En.PledgeTextCut, Texts(card));
        CardAssert.Valid(card);
    }

    [Fact]
    public void Summary_before_the_deadline_offers_edit_and_after_it_reads_final_without_actions()
    {
        var open = PledgeCard.Summary(Strings.Vi, Summary(editable: true));
        var final = PledgeCard.Summary(Strings.Vi, Summary(editable: false));

        var edit = Assert.Single(open["actions"]!.AsArray())!;
        Assert.Equal(Strings.Vi.PledgeEdit, Str(edit["title"]));
        Assert.Equal(PledgeCard.EditVerb, Str(edit["verb"]));
        Assert.Equal("an@x.example", Str(edit["data"]![PledgeCard.SubjectKey]));
        Assert.Contains(Texts(open), t => t == "Đã gửi. Bạn có thể sửa đến hết ngày 20/03/2013.");
        Assert.Null(final["actions"]);
        Assert.Contains(Texts(final), t => t.StartsWith("Đã hết hạn đăng ký (20/03/2013): đây là bản đăng ký chính thức", StringComparison.Ordinal));
        Assert.DoesNotContain(Texts(final), t => t == Strings.Vi.PledgeEdit);
    }

    [Fact]
    public void Summary_shows_what_was_pledged_with_version_time_and_changes()
    {
        var card = PledgeCard.Summary(Strings.Vi, Summary(editable: true, version: 2, changes: ["sửa chỉ tiêu cụ thể"]));

        var facts = Facts(card);
        Assert.Equal("Chiến sĩ thi đua cơ sở", facts[Strings.Vi.PledgeTitleLabel]);
        Assert.Equal("2", facts[Strings.Vi.PledgeInitiatives]);
        Assert.Equal("2", facts[Strings.Vi.PledgeVersion]);
        Assert.Equal("12/03/2013 09:30", facts[Strings.Vi.PledgeSavedAt]);
        var texts = Texts(card);
        Assert.Contains("• Quản lý nhà nước về KH&CN trên địa bàn", texts);
        Assert.Contains("Hoàn thành 100% nhiệm vụ.\n\nCó 2 sáng kiến được công nhận.", texts);
        Assert.Contains("Thay đổi so với bản 1:", texts);
        Assert.Contains("• sửa chỉ tiêu cụ thể", texts);
        Assert.DoesNotContain(card["body"]!.AsArray(), e => e!["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_of_30_long_content_areas_and_full_texts_stays_far_under_28_KB()
    {
        var card = PledgeCard.Summary(Strings.Vi, Summary(editable: true, version: 3) with
        {
            ContentAreaTitles = Enumerable.Range(1, 30).Select(_ => Long(300)).ToList(),
            Targets = Long(PledgeLimits.MaxTargetsLength),
            Commitment = Long(PledgeLimits.MaxCommitmentLength),
            Changes = Enumerable.Range(1, 5).Select(_ => Long(1_000)).ToList(),
        });
        output.WriteLine($"summary: {PledgeCard.SizeInBytes(card)} bytes");

        CardAssert.Valid(card, maxBytes: 20 * 1024);
    }

    private static JsonObject Input(JsonObject card, string id) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => e["id"] is JsonValue v && v.GetValue<string>() == id);

    private static IEnumerable<string> ChoiceValues(JsonObject choiceSet) => choiceSet["choices"]!.AsArray().Select(c => Str(c!["value"]));

    private static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => Str(e!["type"]) == "FactSet")
        .SelectMany(f => f!["facts"]!.AsArray())
        .ToDictionary(f => Str(f!["title"]), f => Str(f!["value"]));

    private static string Str(JsonNode? node) => node!.GetValue<string>();

    /// <summary>Every string value in the card.</summary>
    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Texts(p.Value)).ToList(),
        JsonArray array => array.SelectMany(Texts).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
