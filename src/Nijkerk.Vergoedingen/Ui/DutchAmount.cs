using System.Globalization;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>Euros as people type them here: "1.450,00", "1450,5", "€ 1450" — or "1450.00".</summary>
public static class DutchAmount
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var plain = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '€'));
        if (plain.Contains(','))
        {
            plain = plain.Replace(".", "").Replace(',', '.');
        }
        return Amount.TryParse(plain, out amount, out _);
    }

    public static string ToDutch(decimal amount) => amount.ToString("#,0.00", Dutch.Culture);
}
