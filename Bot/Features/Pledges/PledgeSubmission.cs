using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// What a pledge card sent: the card's own data (campaign, version, subject, kind, nonce) and the inputs as typed.
/// Read leniently (a missing or odd value is null); nothing here is trusted until checked against storage.
/// </summary>
public sealed record PledgeSubmission(
    string CampaignId,
    int CampaignVersion,
    PledgeKind Kind,
    string Subject,
    string Nonce,
    string? TitleId,
    IReadOnlyList<string> ContentAreaIds,
    string? Targets,
    string? Commitment,
    IReadOnlyDictionary<string, string?> Numbers)
{
    /// <summary>The submission in <paramref name="data"/>, or null when the card's own data is missing (not a pledge card).</summary>
    public static PledgeSubmission? From(JsonObject data)
    {
        var campaignId = CardData.Id(data, PledgeCard.CampaignIdKey);
        var subject = CardData.Id(data, PledgeCard.SubjectKey);
        var kind = PledgeKeys.ParseKind(CardData.Id(data, PledgeCard.KindKey));
        if (string.IsNullOrWhiteSpace(campaignId) || string.IsNullOrWhiteSpace(subject) || kind is null)
        {
            return null;
        }
        var numbers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            if (key.StartsWith(PledgeCard.NumberInputPrefix, StringComparison.Ordinal))
            {
                numbers[key[PledgeCard.NumberInputPrefix.Length..]] = Scalar(value);
            }
        }
        return new PledgeSubmission(
            campaignId,
            int.TryParse(Scalar(data[PledgeCard.CampaignVersionKey]), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
            kind.Value,
            subject,
            CardData.Id(data, PledgeCard.NonceKey) ?? "",
            CardData.Text(data, PledgeCard.TitleInput),
            (CardData.Text(data, PledgeCard.AreasInput) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList(),
            CardData.Text(data, PledgeCard.TargetsInput),
            CardData.Text(data, PledgeCard.CommitmentInput),
            numbers);
    }

    /// <summary>A text or number as text: clients send Input.Number either way.</summary>
    private static string? Scalar(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        }
        : null;
}
