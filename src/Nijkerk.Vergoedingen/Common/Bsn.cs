using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// The BSN guard: a burgerservicenummer never enters the ledger. A BSN is 9 digits (8 for old ones, a 0
/// left off) that pass the eleven-test, written in a row (<c>123456782</c>, also inside <c>Z123456782</c>)
/// or as 9 digits in groups of 2 to 4 split by single spaces, dots or dashes (<c>1234.56.782</c>,
/// <c>123 456 782</c>). Grouped digits that make 8 are left alone: a zaaknummer like <c>Z-2026-0003</c> or
/// a date like <c>14-03-2026</c> would otherwise be refused one time in eleven. Digits of any script or
/// width (<c>١٢٣٤٥٦٧٨٢</c>, <c>１２３４５６７８２</c>) count as the digits they are, and the spaces, dots and
/// dashes of other widths as spaces, dots and dashes: a BSN pasted from a phone or a PDF is still a BSN.
/// </summary>
public static partial class Bsn
{
    [GeneratedRegex("[0-9]+(?:[ .\\-][0-9]+)*")]
    private static partial Regex DigitRun();

    /// <summary>A BSN of 9 digits, or of 8 with its 0 left off, anywhere in a free text.</summary>
    public static bool Appears(string text) => Appears(text, eightDigits: true);

    /// <summary>
    /// A BSN of 9 digits in another system's identifier (an invoice number, a bank or placement reference, a user id).
    /// Eight digits in a row are left to that system: its own numbers are that long too often to refuse one in eleven,
    /// while a BSN of eight is an old one written without its 0.
    /// </summary>
    public static bool AppearsInIdentifier(string text) => Appears(text, eightDigits: false);

    private static bool Appears(string text, bool eightDigits)
    {
        foreach (Match run in DigitRun().Matches(Normalized(text)))
        {
            var groups = run.Value.Split([' ', '.', '-']);
            if (groups.Any(g => (g.Length == 9 || (eightDigits && g.Length == 8)) && PassesElevenTest(g)))
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

    /// <summary>
    /// The text with every decimal digit as 0–9, every space as a space and every dash as a dash; what holds
    /// neither (a letter, a lone surrogate) stays something else, so it still splits a run of digits.
    /// </summary>
    private static string Normalized(string text)
    {
        // Runes first: a lone surrogate becomes U+FFFD instead of making the normalisation throw.
        var valid = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            valid.Append(rune.ToString());
        }
        // Compatibility forms: full-width digits and stops, no-break and thin spaces, small hyphens.
        var compatible = valid.ToString().Normalize(NormalizationForm.FormKC);
        var plain = new StringBuilder(compatible.Length);
        foreach (var rune in compatible.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                plain.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else if (category == UnicodeCategory.Format)
            {
                // Zero-width spaces and joiners, invisible between two digits.
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                plain.Append(' ');
            }
            else if (category == UnicodeCategory.DashPunctuation || rune.Value == '\u2212')
            {
                plain.Append('-');
            }
            else if (rune.Value is '\u066B' or '\u066C')
            {
                // The Arabic decimal and thousands separators, between Arabic-Indic digits.
                plain.Append('.');
            }
            else
            {
                plain.Append(rune.ToString());
            }
        }
        return plain.ToString();
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
