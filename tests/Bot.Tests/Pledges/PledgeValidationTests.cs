using System.Text;
using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary>Wrong values come back on the card in the person's language, every value kept, and nothing is stored.</summary>
public sealed class PledgeValidationTests : PledgeTestBase
{
    private static readonly string LongTargets = new('đ', PledgeLimits.MaxTargetsLength + 1);
    private static readonly string LongCommitment = new('ê', PledgeLimits.MaxCommitmentLength + 1);

    public static TheoryData<string, string, string> Invalid() => new()
    {
        { PledgeCard.TitleInput, "tap-the-lao-dong-xuat-sac", Strings.Vi.PledgeTitleUnknown }, // a unit's title on a person's card
        { PledgeCard.TitleInput, "", Strings.Vi.PledgeTitleRequired },
        { PledgeCard.AreasInput, "cai-cach-hanh-chinh,khong-co-noi-dung-nay", Strings.Vi.PledgeAreasUnknown },
        { PledgeCard.AreasInput, "", Strings.Vi.PledgeAreasRequired },
        { PledgeCard.TargetsInput, "   \n  ", Strings.Vi.PledgeTargetsRequired },
        { PledgeCard.TargetsInput, LongTargets, "Chỉ tiêu cụ thể dài 2.001 ký tự; tối đa 2.000 ký tự. Hãy rút gọn." },
        { PledgeCard.CommitmentInput, "", Strings.Vi.PledgeCommitmentRequired },
        { PledgeCard.CommitmentInput, LongCommitment, "Lời cam kết dài 1.001 ký tự; tối đa 1.000 ký tự. Hãy rút gọn." },
        { PledgeCard.NumberInputPrefix + "initiatives", "-1", "Số sáng kiến, giải pháp cải tiến: hãy ghi một số nguyên từ 0 đến 100, hoặc để trống." },
        { PledgeCard.NumberInputPrefix + "initiatives", "1.5", "Số sáng kiến, giải pháp cải tiến: hãy ghi một số nguyên từ 0 đến 100, hoặc để trống." },
        { PledgeCard.NumberInputPrefix + "initiatives", "101", "Số sáng kiến, giải pháp cải tiến: hãy ghi một số nguyên từ 0 đến 100, hoặc để trống." },
        { PledgeCard.NumberInputPrefix + "initiatives", "ba", "Số sáng kiến, giải pháp cải tiến: hãy ghi một số nguyên từ 0 đến 100, hoặc để trống." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_wrong_value_comes_back_on_the_card_with_every_value_kept_and_nothing_is_stored(string input, string value, string expectedError)
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);
        var inputs = ValidInputs();
        inputs[input] = value;

        var card = (await ClickAsync(form, PledgeCard.SubmitVerb, inputs)).Card;

        Assert.Equal(0, await StoredPledgeCountAsync());
        Assert.Equal(0, await CountPledgeRowsAsync());
        var texts = TextBlocks(card);
        Assert.Equal(Strings.Vi.PledgeErrorsHeading, texts[2]); // right under the heading and the campaign title
        Assert.Equal(expectedError, texts[3]);
        Assert.Equal(PledgeCard.SubmitVerb, Verb(card));
        Assert.Equal(form["actions"]![0]!["data"]![PledgeCard.NonceKey]!.GetValue<string>(), card["actions"]![0]!["data"]![PledgeCard.NonceKey]!.GetValue<string>());
        Assert.Equal(input == PledgeCard.TargetsInput ? value : "Hoàn thành 100% nhiệm vụ được giao đúng hạn.\nCó 1 sáng kiến được công nhận.", InputValue(card, PledgeCard.TargetsInput));
        Assert.Equal(input == PledgeCard.CommitmentInput && value.Length > 0 ? value : input == PledgeCard.CommitmentInput ? null : "Tôi xin cam kết thực hiện đúng các chỉ tiêu đã đăng ký.", InputValue(card, PledgeCard.CommitmentInput));
        if (input != PledgeCard.TitleInput)
        {
            Assert.Equal("lao-dong-tien-tien", InputValue(card, PledgeCard.TitleInput));
        }
        if (input != PledgeCard.AreasInput)
        {
            Assert.Equal("cai-cach-hanh-chinh,quan-ly-nha-nuoc", InputValue(card, PledgeCard.AreasInput));
        }
        else if (value.Length > 0)
        {
            Assert.Equal("cai-cach-hanh-chinh", InputValue(card, PledgeCard.AreasInput)); // the known one stays chosen
        }
        if (input.StartsWith(PledgeCard.NumberInputPrefix, StringComparison.Ordinal) && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            Assert.Equal(number, double.Parse(InputValue(card, input)!, System.Globalization.CultureInfo.InvariantCulture));
        }
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task Every_problem_is_listed_at_once_in_English_for_an_English_speaker()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An, locale: "en-US");

        var card = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs(title: "", areas: "", targets: "", initiatives: "-2", commitment: ""), locale: "en-US")).Card;

        Assert.Equal(
            [
                Strings.En.PledgeErrorsHeading, Strings.En.PledgeTitleRequired, Strings.En.PledgeAreasRequired, Strings.En.PledgeTargetsRequired,
                "Initiatives and improvements: enter a whole number from 0 to 100, or leave it empty.", Strings.En.PledgeCommitmentRequired,
            ],
            TextBlocks(card).Skip(2).Take(6));
        Assert.Equal(0, await CountPledgeRowsAsync());
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task The_corrected_card_is_stored_and_empty_numbers_are_left_out()
    {
        await SeedAsync();
        var refused = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs(targets: ""))).Card;

        var summary = (await ClickAsync(refused, PledgeCard.SubmitVerb, ValidInputs(initiatives: ""))).Card;

        Assert.Contains(string.Format(Strings.Vi.PledgeSaved, 1), TextBlocks(summary));
        Assert.Empty((await StoredAsync(An))!.Content.Numbers);
        Assert.DoesNotContain(Strings.Vi.PledgeInitiatives, Facts(summary).Keys);
    }

    [Fact]
    public async Task Texts_are_stored_trimmed_and_composed_whatever_the_keyboard_typed()
    {
        await SeedAsync();
        var decomposed = "Hoàn thành nhiệm vụ".Normalize(NormalizationForm.FormD);

        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs(targets: "  " + decomposed + "\r\n  ", areas: "quan-ly-nha-nuoc,cai-cach-hanh-chinh,quan-ly-nha-nuoc"));

        var stored = (await StoredAsync(An))!;
        Assert.Equal("Hoàn thành nhiệm vụ", stored.Content.Targets);
        Assert.True(stored.Content.Targets.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(["cai-cach-hanh-chinh", "quan-ly-nha-nuoc"], stored.Content.ContentAreaIds); // the campaign's order, once each
    }

    [Fact]
    public async Task A_number_sent_as_a_JSON_number_is_read_like_text()
    {
        await SeedAsync();
        var inputs = ValidInputs();
        inputs[PledgeCard.NumberInputPrefix + "initiatives"] = JsonValue.Create(4);

        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, inputs);

        Assert.Equal(4, (await StoredAsync(An))!.Content.Numbers["initiatives"]);
    }

    private async Task<int> CountPledgeRowsAsync()
    {
        var table = new Azure.Data.Tables.TableServiceClient(StorageConnectionString).GetTableClient(Bot.TablePrefix + TableNames.Pledges);
        var count = 0;
        await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            count++;
        }
        return count;
    }
}
