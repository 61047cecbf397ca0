using System.Globalization;
using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// Euros as exact decimals with at most two places, written as strings ("1250.00") on the wire so no
/// client ever rounds them through a floating-point number.
/// </summary>
public static partial class Amount
{
    /// <summary>Above this no single amount in the ledger is plausible; it keeps sums far from overflow.</summary>
    public const decimal Max = 100_000_000.00m;

    // [0-9], not \d: in .NET \d is any Unicode decimal digit (Arabic-Indic, full-width, ...), and \z, not $,
    // which also matches before a final newline: the invariant decimal parser below reads neither.
    [GeneratedRegex(@"^[0-9]{1,9}(\.[0-9]{1,2})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an amount as the wire writes it: ASCII digits, a point and at most two decimals. Whether it is
    /// required, and how large it may be, are the rules of the command it is for.
    /// </summary>
    public static bool TryParse(string? text, out decimal amount, out string error)
    {
        amount = 0m;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is required";
            return false;
        }
        if (text.StartsWith('-'))
        {
            error = "must not be negative";
            return false;
        }
        if (!Shape().IsMatch(text))
        {
            error = "must be euros in the digits 0-9 with at most two decimals, as a string like \"1250.00\"";
            return false;
        }
        amount = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }
}
