using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThiDuaBot.TestSupport.Cards;

/// <summary>Assertions that cards parse cleanly in the Adaptive Cards library and fit in a Teams message.</summary>
public static class CardAssert
{
    /// <summary>Every card stays under 28 KB, Teams' oldest documented message limit (see PROTOCOL.md).</summary>
    public const int DefaultMaxBytes = 28 * 1024;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Valid(JsonObject card, int maxBytes = DefaultMaxBytes) => AllValid([card], maxBytes);

    /// <summary>Checks the cards in one validator run and fails once, listing every problem of every card.</summary>
    public static void AllValid(IReadOnlyList<JsonObject> cards, int maxBytes = DefaultMaxBytes)
    {
        var results = new CardValidator().ValidateAsync(cards).GetAwaiter().GetResult();
        var report = new StringBuilder();
        for (var i = 0; i < cards.Count; i++)
        {
            var problems = Problems(cards[i], results[i], maxBytes);
            if (problems.Count == 0)
            {
                continue;
            }
            report.AppendLine($"Card {i} ({Preview(cards[i])}) has {problems.Count} problem(s):");
            foreach (var problem in problems)
            {
                report.AppendLine($"  - {problem}");
            }
        }
        if (report.Length > 0)
        {
            Assert.Fail(report.ToString());
        }
    }

    /// <summary>
    /// The validator's problems plus the size check. The size is what the bot puts on the wire: the card serialized
    /// with the protocol layer's options (<see cref="ThiDuaBot.Bot.Protocol.ProtocolJson"/>, Vietnamese as UTF-8, not
    /// <c>\uXXXX</c> escapes), or the library's own UTF-8 JSON if that is larger.
    /// </summary>
    public static IReadOnlyList<string> Problems(JsonObject card, CardValidationResult result, int maxBytes = DefaultMaxBytes)
    {
        var problems = result.Problems.ToList();
        var wireBytes = Encoding.UTF8.GetByteCount(card.ToJsonString(ThiDuaBot.Bot.Protocol.ProtocolJson.Options));
        var sizeBytes = Math.Max(result.SizeBytes, wireBytes);
        if (sizeBytes > maxBytes)
        {
            problems.Add($"Size: {sizeBytes} bytes is over the limit of {maxBytes} bytes "
                + $"(library's UTF-8 JSON {result.SizeBytes} bytes, as the bot sends it {wireBytes} bytes).");
        }
        return problems;
    }

    private static string Preview(JsonObject card)
    {
        var json = card.ToJsonString(Readable);
        return json.Length <= 160 ? json : json[..160] + "…";
    }
}
