using System.Numerics;
using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>International bank account numbers, checked with the ISO 13616 mod-97 rule.</summary>
public static partial class Iban
{
    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")]
    private static partial Regex Shape();

    // A Dutch IBAN is always 18 characters; other countries are held to the general shape and check digits.
    private static readonly Dictionary<string, int> Lengths = new() { ["NL"] = 18, ["BE"] = 16, ["DE"] = 22, ["FR"] = 27, ["LU"] = 20 };

    /// <summary>Upper case without spaces: the form that is stored and sent to the bank.</summary>
    public static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return false;
        }
        var iban = Normalize(text);
        if (!Shape().IsMatch(iban) || (Lengths.TryGetValue(iban[..2], out var length) && iban.Length != length))
        {
            return false;
        }
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString() : c.ToString()));
        return BigInteger.Parse(digits) % 97 == 1;
    }
}

/// <summary>Bank identifier codes (ISO 9362): eight or eleven characters.</summary>
public static partial class Bic
{
    [GeneratedRegex("^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    public static partial Regex Shape();
}
