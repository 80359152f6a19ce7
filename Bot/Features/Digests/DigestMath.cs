namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>The digest's arithmetic, in one place so the card, the chart and the change since last month agree.</summary>
public static class DigestMath
{
    /// <summary><paramref name="part"/> of <paramref name="whole"/> as a whole percentage, rounded down; 0 when the whole is 0.</summary>
    public static int Percent(int part, int whole) => whole <= 0 ? 0 : (int)(100L * part / whole);
}
