using System.Globalization;
using System.Text;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// A unit's id from its Vietnamese name: lower case ASCII letters and digits joined by hyphens, diacritics
/// dropped and <c>đ</c> read as <c>d</c>. "Phòng Kế hoạch - Tài chính" → <c>phong-ke-hoach-tai-chinh</c>. Two
/// spellings that differ only in case, accents or punctuation are the same unit.
/// </summary>
public static class UnitSlug
{
    public const int MaxLength = 80;

    /// <summary>The slug, or an empty string when the name has no letter or digit.</summary>
    public static string From(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (folded is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(folded);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}
