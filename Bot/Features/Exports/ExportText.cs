using System.Text;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// Makes user text safe for an Office file: characters XML 1.0 cannot carry (control characters, lone surrogates)
/// are dropped, and text longer than a cell can hold is cut, never in the middle of a surrogate pair.
/// </summary>
public static class ExportText
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Ends a text that was cut, so the reader knows there was more.</summary>
    public const string CutMark = " […]";

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = true;
            var pair = false;
            if (char.IsHighSurrogate(c))
            {
                pair = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                keep = pair;
            }
            else if (char.IsLowSurrogate(c))
            {
                keep = false;
            }
            else if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                keep = false;
            }
            else if (c is '\uFFFE' or '\uFFFF')
            {
                keep = false;
            }
            if (!keep && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }
            if (keep)
            {
                builder?.Append(c);
                if (pair)
                {
                    builder?.Append(text[i + 1]);
                    i++;
                }
            }
        }
        return (builder?.ToString() ?? text).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary><see cref="Clean"/>, then cut to at most <paramref name="max"/> characters (ending with <see cref="CutMark"/> when cut).</summary>
    public static string ForCell(string? text, int max = MaxCellLength)
    {
        var clean = Clean(text);
        if (clean.Length <= max)
        {
            return clean;
        }
        var keep = max - CutMark.Length;
        if (char.IsHighSurrogate(clean[keep - 1]))
        {
            keep--;
        }
        return string.Concat(clean.AsSpan(0, keep), CutMark);
    }

    /// <summary>Text Excel would read as a formula if typed: it starts with =, +, - or @ (also after leading spaces).</summary>
    public static bool LooksLikeFormula(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
