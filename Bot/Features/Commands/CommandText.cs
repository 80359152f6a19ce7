using System.Globalization;
using System.Text;

namespace ThiDuaBot.Bot.Features.Commands;

/// <summary>
/// Folds what people type into one comparable form: lower case, no diacritics (<c>đ</c> → <c>d</c>), single
/// spaces, and <c>y</c> read as <c>i</c> — so "Trợ giúp", "tro giup", "đăng kí" and "Dang ky" match their command.
/// </summary>
public static class CommandText
{
    public static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            builder.Append(c switch
            {
                'đ' => 'd',
                'y' => 'i',
                _ => c,
            });
        }
        return builder.ToString().TrimEnd();
    }
}
