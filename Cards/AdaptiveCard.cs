using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON. Cards are plain <see cref="JsonObject"/>s.</summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonObject Create(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.ToArray()),
        };
        var actionArray = actions?.ToArray();
        if (actionArray is { Length: > 0 })
        {
            card["actions"] = new JsonArray(actionArray);
        }
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// <summary>
    /// A heading and one "name: unit — reason" fact per person, at most <paramref name="max"/>, then
    /// <paramref name="moreTemplate"/> ({0}: how many more) so a card stays small for large lists. Nothing when empty.
    /// </summary>
    public static void AddPeople(List<JsonNode> body, string heading, IReadOnlyList<PersonLine> people, int max, string moreTemplate)
    {
        if (people.Count == 0)
        {
            return;
        }
        body.Add(Text(heading, weight: "Bolder", spacing: "Medium"));
        body.Add(Facts(people.Take(max).Select(p => (p.Name, p.Unit + ": " + p.Reason))));
        if (people.Count > max)
        {
            body.Add(Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, moreTemplate, people.Count - max), subtle: true));
        }
    }

    /// <summary>
    /// The first card <paramref name="build"/> makes, trying <paramref name="tries"/> in turn (e.g. shorter and shorter
    /// texts), whose compact UTF-8 JSON is at most <paramref name="maxBytes"/>; the last one when none is.
    /// </summary>
    public static JsonObject FirstFitting<T>(IEnumerable<T> tries, Func<T, JsonObject> build, int maxBytes)
    {
        JsonObject? card = null;
        foreach (var attempt in tries)
        {
            card = build(attempt);
            if (PledgeCard.SizeInBytes(card) <= maxBytes)
            {
                break;
            }
        }
        return card ?? throw new ArgumentException("Nothing to try.", nameof(tries));
    }

    /// <summary>A positive <c>Action.Execute</c> button; <paramref name="data"/> gets the verb too, for <c>Action.Submit</c> clients.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data) => Action(title, verb, data, "positive");

    /// <summary>
    /// An <c>Action.Execute</c> with <paramref name="verb"/> also in its data (where the server reads it); no title for
    /// a refresh action, a style (<c>positive</c>, <c>destructive</c>) only when given.
    /// </summary>
    public static JsonObject Action(string? title, string verb, JsonObject data, string? style = null)
    {
        data["verb"] = verb;
        var action = new JsonObject { ["type"] = "Action.Execute" };
        if (title is not null)
        {
            action["title"] = title;
        }
        action["verb"] = verb;
        if (style is not null)
        {
            action["style"] = style;
        }
        action["data"] = data;
        return action;
    }

    /// <summary>"… and N more" under a shortened list, when <paramref name="more"/> were left out.</summary>
    public static void AddMore(List<JsonNode> body, string moreTemplate, int more)
    {
        if (more > 0)
        {
            body.Add(Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, moreTemplate, more), subtle: true));
        }
    }
}
