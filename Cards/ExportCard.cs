using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>What the export card shows: which file, what is in it, the download link and until when it works.</summary>
public sealed record ExportCardModel(string Title, string Description, string FileName, string Url, string Expires);

/// <summary>The answer to the export command: the file's name and contents, a download button and the link's expiry.</summary>
public static class ExportCard
{
    public static JsonObject Build(Strings strings, ExportCardModel model)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(model.Title, size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(model.FileName, weight: "Bolder", spacing: "Small"),
            AdaptiveCard.Text(model.Description),
            AdaptiveCard.Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, strings.ExportLinkExpires, model.Expires), subtle: true, spacing: "Medium"),
            AdaptiveCard.Text(strings.ExportLinkPrivate, subtle: true, spacing: "Small"),
        };
        JsonNode[] actions = [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = strings.ExportDownload, ["url"] = model.Url }];
        return AdaptiveCard.Create(body, actions);
    }
}
