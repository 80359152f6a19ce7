using System.Globalization;
using System.Text;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>Small text helpers for campaign messages: dates as people read them, slugs, closest-key suggestions.</summary>
internal static class CampaignText
{
    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Show(DateOnly? date) => date is { } value ? Show(value) : "—";

    public static string Show(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>1.234 — Vietnamese groups thousands with a dot.</summary>
    public static string CountVi(int count) => count.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    public static string CountEn(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string ShowDays(IEnumerable<int> days) => string.Join(", ", days);

    /// <summary>"Nội dung 1" → "noi-dung-1": lower case, no diacritics, single hyphens.</summary>
    public static string ToSlug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>The known key closest to a typo (<c>pahses</c> → <c>phases</c>), or null when none is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var candidates = known.ToList();
        var lowered = typed.ToLowerInvariant();
        if (lowered.Length >= 3)
        {
            // A truncated id ("chien-si-thi-dua" for "chien-si-thi-dua-co-so") is a near miss however many letters are cut.
            var extended = candidates.Where(candidate => candidate.StartsWith(lowered, StringComparison.OrdinalIgnoreCase)).ToList();
            if (extended.Count == 1)
            {
                return extended[0];
            }
        }
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = Math.Max(1, Math.Min(typed.Length, best?.Length ?? 0) / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Edit distance counting a swap of two neighbouring letters as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
