using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;
using Xunit.Sdk;

namespace ThiDuaBot.Cards.Tests;

/// <summary>The validator must be able to fail: these cards are broken on purpose.</summary>
public sealed class CardValidatorTests
{
    private static JsonObject CardWith(params JsonNode[] body) => AdaptiveCard.Create(body);

    private static JsonObject TextInput(string id) => new() { ["type"] = "Input.Text", ["id"] = id, ["label"] = id };

    [Fact]
    public async Task An_unknown_element_type_is_reported()
    {
        var card = CardWith(AdaptiveCard.Text("ok"), new JsonObject { ["type"] = "Bogus" });

        var result = await new CardValidator().ValidateAsync(card);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("UnknownElementType", problem);
        Assert.Contains("\"Bogus\"", problem);
        Assert.Throws<FailException>(() => CardAssert.Valid(card));
    }

    [Fact]
    public async Task Two_inputs_with_the_same_id_are_reported()
    {
        var card = CardWith(TextInput("note"), TextInput("note"));

        var result = await new CardValidator().ValidateAsync(card);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("DuplicateId", problem);
        Assert.Contains("\"note\"", problem);
        Assert.Throws<FailException>(() => CardAssert.Valid(card));
    }

    [Fact]
    public async Task A_batch_answers_each_card_in_order()
    {
        var cards = new[]
        {
            CardWith(AdaptiveCard.Text("ok")),
            CardWith(new JsonObject { ["type"] = "Bogus" }),
            CardWith(TextInput("a"), TextInput("b")),
        };

        var results = await new CardValidator().ValidateAsync(cards);

        Assert.Equal(3, results.Count);
        Assert.True(results[0].IsValid);
        Assert.False(results[1].IsValid);
        Assert.True(results[2].IsValid);
    }

    [Fact]
    public void A_card_over_the_size_limit_fails_the_assertion()
    {
        var card = CardWith(AdaptiveCard.Text(new string('x', 2_000)));

        CardAssert.Valid(card, maxBytes: 4_096);
        var failure = Assert.Throws<FailException>(() => CardAssert.Valid(card, maxBytes: 1_024));
        Assert.Contains("over the limit of 1024 bytes", failure.Message);
    }

    [Fact]
    public void A_card_with_several_problems_fails_with_every_problem_listed()
    {
        var card = CardWith(new JsonObject { ["type"] = "Bogus" }, TextInput("x"), TextInput("x"));
        card["version"] = "1.6";

        var failure = Assert.Throws<FailException>(() => CardAssert.Valid(card));

        Assert.Contains("UnknownElementType", failure.Message);
        Assert.Contains("DuplicateId", failure.Message);
        Assert.Contains("UnsupportedCardVersion", failure.Message);
    }

    [Fact]
    public async Task Cards_and_properties_newer_than_schema_1_5_are_reported()
    {
        var newerVersion = CardWith(AdaptiveCard.Text("ok"));
        newerVersion["version"] = "1.6";
        var newerProperty = AdaptiveCard.Create(
            [AdaptiveCard.Text("ok")],
            [new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = "go", ["role"] = "Button" }]);

        var results = await new CardValidator().ValidateAsync([newerVersion, newerProperty]);

        Assert.Contains("UnsupportedCardVersion", Assert.Single(results[0].Problems));
        Assert.Contains("\"role\"", Assert.Single(results[1].Problems));
    }

    [Fact]
    public async Task Teams_dynamic_typeahead_is_not_a_problem_but_is_listed_as_suppressed()
    {
        var card = CardWith(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = "person",
            ["label"] = "Người",
            ["choices"] = new JsonArray(new JsonObject { ["title"] = "An", ["value"] = "an" }),
            ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "people" },
        });

        var result = await new CardValidator().ValidateAsync(card);

        Assert.Empty(result.Problems);
        Assert.Contains("choices.data", Assert.Single(result.Suppressed));
    }

    [Fact]
    public async Task Teams_card_features_raise_no_problem()
    {
        // msteams width and $schema come from AdaptiveCard.Create; Action.Execute and refresh are Universal Actions.
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Text("Tiến độ tháng 5"),
                AdaptiveCard.Facts([("Đơn vị", "Phòng Tổ chức")]),
                new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["label"] = "Ghi chú", ["isMultiline"] = true },
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = "level",
                    ["label"] = "Mức",
                    ["choices"] = new JsonArray(
                        new JsonObject { ["title"] = "Hoàn thành", ["value"] = "done" },
                        new JsonObject { ["title"] = "Chưa xong", ["value"] = "todo" }),
                },
            ],
            [new JsonObject { ["type"] = "Action.Execute", ["title"] = "Gửi", ["verb"] = "progress.submit", ["data"] = new JsonObject { ["campaignId"] = "c1" } }]);
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "progress.refresh", ["data"] = new JsonObject { ["campaignId"] = "c1" } },
            ["userIds"] = new JsonArray("29:user-1"),
        };

        var result = await new CardValidator().ValidateAsync(card);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Suppressed);
    }
}
