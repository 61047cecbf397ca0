using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// The BSN guard: a burgerservicenummer never enters the ledger. A BSN is 9 digits (8 for old ones, a 0
/// left off) that pass the eleven-test, written in a row (<c>123456782</c>, also inside <c>Z123456782</c>)
/// or as 9 digits in groups of 2 to 4 split by single spaces, dots or dashes (<c>1234.56.782</c>,
/// <c>123 456 782</c>). Grouped digits that make 8 are left alone: a zaaknummer like <c>Z-2026-0003</c> or
/// a date like <c>14-03-2026</c> would otherwise be refused one time in eleven.
/// </summary>
public static partial class Bsn
{
    [GeneratedRegex(@"\d+(?:[ .\-]\d+)*")]
    private static partial Regex DigitRun();

    public static bool Appears(string text)
    {
        foreach (Match run in DigitRun().Matches(text))
        {
            var groups = run.Value.Split([' ', '.', '-']);
            if (groups.Any(g => g.Length is 8 or 9 && PassesElevenTest(g)))
            {
                return true;
            }
            for (var first = 0; first < groups.Length; first++)
            {
                var digits = "";
                for (var last = first; last < groups.Length && groups[last].Length is >= 2 and <= 4 && digits.Length < 9; last++)
                {
                    digits += groups[last];
                    if (last > first && digits.Length == 9 && PassesElevenTest(digits))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>9 × d1 + 8 × d2 + … + 2 × d8 − d9 is a multiple of 11 (and not 0); 8 digits are read with a 0 in front.</summary>
    public static bool PassesElevenTest(string digits)
    {
        var number = digits.PadLeft(9, '0');
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (number[i] - '0');
        }
        sum -= number[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
