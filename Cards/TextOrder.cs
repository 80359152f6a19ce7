using System.Globalization;

namespace ThiDuaBot.Cards;

/// <summary>How lists of names are sorted for people: Vietnamese alphabetical order (Ă after A, Đ after D…).</summary>
public static class TextOrder
{
    public static StringComparer Vietnamese { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);
}
