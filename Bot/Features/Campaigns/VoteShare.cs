using System.Globalization;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// A share, exact: written in the file as a percentage ("70%", "66.67%") or a fraction ("2/3"), kept as a fraction so
/// "2/3 of 9 members" is exactly 6 and never 5.99.
/// </summary>
public sealed record VoteShare(int Numerator, int Denominator)
{
    /// <summary>True when <paramref name="part"/> of <paramref name="whole"/> reaches this share (≥), or passes it (&gt;) when <paramref name="strictly"/>.</summary>
    public bool IsReachedBy(int part, int whole, bool strictly = false)
    {
        var left = (long)part * Denominator;
        var right = (long)Numerator * whole;
        return strictly ? left > right : left >= right;
    }

    /// <summary>The smallest count out of <paramref name="whole"/> that reaches the share.</summary>
    public int MinimumOf(int whole) => (int)(((long)Numerator * whole + Denominator - 1) / Denominator);

    /// <summary>As people write it: "70%" for hundredths and finer decimals, otherwise "2/3".</summary>
    public override string ToString()
    {
        if (Denominator is 100 or 1000 or 10000)
        {
            var percent = (decimal)Numerator * 100 / Denominator;
            return percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
        }
        return $"{Numerator}/{Denominator}";
    }

    /// <summary>Reads "70%", "66.67%" (at most two decimals) or "2/3"; the share must be above 0 and at most 1.</summary>
    public static bool TryParse(string text, out VoteShare? share)
    {
        share = null;
        text = text.Trim();
        if (text.EndsWith('%'))
        {
            var number = text[..^1].Trim();
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
                || decimal.Round(percent, 2) != percent)
            {
                return false;
            }
            var hundredths = (int)(percent * 100);
            if (hundredths <= 0 || hundredths > 10000)
            {
                return false;
            }
            share = new VoteShare(hundredths, 10000).Reduced();
            return true;
        }
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            && numerator > 0 && denominator > 0 && numerator <= denominator && denominator <= 1000)
        {
            share = new VoteShare(numerator, denominator);
            return true;
        }
        return false;
    }

    private VoteShare Reduced()
    {
        // Keep percentages over 100 (70% → 70/100) so they print back as percentages.
        var numerator = Numerator;
        var denominator = Denominator;
        while (denominator > 100 && numerator % 10 == 0)
        {
            numerator /= 10;
            denominator /= 10;
        }
        return new VoteShare(numerator, denominator);
    }
}
