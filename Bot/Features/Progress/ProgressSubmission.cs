using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// What a progress card sent: the card's own data (campaign, month, subject, pledge version, nonce) and the inputs as
/// typed, by content area id. Read leniently; nothing here is trusted until checked against storage.
/// </summary>
public sealed record ProgressSubmission(
    string CampaignId,
    string? Month,
    string Subject,
    int PledgeVersion,
    string Nonce,
    IReadOnlyDictionary<string, string?> Statuses,
    IReadOnlyDictionary<string, string?> Achieved,
    string? GoodDeedAbout,
    string? GoodDeedName,
    string? GoodDeedText)
{
    /// <summary>The submission in <paramref name="data"/>, or null when the card's own data is missing (not a progress card).</summary>
    public static ProgressSubmission? From(JsonObject data)
    {
        var campaignId = CardData.Id(data, ProgressCard.CampaignIdKey);
        var subject = CardData.Id(data, ProgressCard.SubjectKey);
        if (string.IsNullOrWhiteSpace(campaignId) || string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }
        var statuses = new Dictionary<string, string?>(StringComparer.Ordinal);
        var achieved = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, _) in data)
        {
            if (key.StartsWith(ProgressCard.StatusInputPrefix, StringComparison.Ordinal))
            {
                statuses[key[ProgressCard.StatusInputPrefix.Length..]] = CardData.Text(data, key);
            }
            else if (key.StartsWith(ProgressCard.AchievedInputPrefix, StringComparison.Ordinal))
            {
                achieved[key[ProgressCard.AchievedInputPrefix.Length..]] = CardData.Text(data, key);
            }
        }
        var version = data[ProgressCard.PledgeVersionKey] is JsonValue value
            && (value.TryGetValue<int>(out var number) || (value.TryGetValue<string>(out var text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out number)))
            ? number
            : 0;
        return new ProgressSubmission(
            campaignId,
            CardData.Id(data, ProgressCard.MonthKey),
            subject,
            version,
            CardData.Id(data, ProgressCard.NonceKey) ?? "",
            statuses,
            achieved,
            CardData.Text(data, ProgressCard.GoodDeedAboutInput),
            CardData.Text(data, ProgressCard.GoodDeedNameInput),
            CardData.Text(data, ProgressCard.GoodDeedTextInput));
    }
}
