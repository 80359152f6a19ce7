using System.Net;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>Turns the text of a Teams message into what the person typed: <c>&lt;at&gt;…&lt;/at&gt;</c> mentions and markup removed.</summary>
public static partial class MentionText
{
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var withoutMentions = AtTag().Replace(text, " ");
        var withoutMarkup = AnyTag().Replace(withoutMentions, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutMarkup), " ").Trim();
    }

    [GeneratedRegex("<at\\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex("</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
