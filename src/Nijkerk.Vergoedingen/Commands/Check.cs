using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Commands;

/// <summary>The names of the rules a field can break, as <see cref="FieldError.Rule"/> carries them.</summary>
public static class Rules
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string NotPositive = "not-positive";
    public const string Negative = "negative";
    public const string TooLarge = "too-large";
    public const string YearTooEarly = "year-too-early";
    public const string YearTooLate = "year-too-late";
    public const string Bsn = "bsn";
    public const string Shape = "shape";
    public const string NotForScheme = "not-for-scheme";
    public const string AboveCost = "above-cost";
    public const string OutOfRange = "out-of-range";
    public const string BeforeRequest = "before-request";
    public const string BeforeStart = "before-start";
    public const string InFuture = "in-future";
    public const string Unknown = "unknown";
    public const string OtherAccount = "other-account";

    /// <summary>Free text of a decision, a motivation or a note.</summary>
    public const int MaxText = 2000;

    /// <summary>A name typed by hand, such as the provider of a training.</summary>
    public const int MaxName = 200;
}

/// <summary>
/// Collects what the input rules of one command say, field by field, so a refusal names every field at
/// once. The command factories use it; API and screens both call those factories, so a rule holds on
/// every path.
/// </summary>
public sealed class Check
{
    private readonly List<FieldError> _errors = [];

    public bool Passed => _errors.Count == 0;

    public Refusal? Refusal => Passed ? null : Refusal.Invalid(_errors);

    public Check Fail(string field, string rule, string message, object? limit = null)
    {
        _errors.Add(new FieldError(field, rule, message, limit is null ? null : Convert.ToString(limit, System.Globalization.CultureInfo.InvariantCulture)));
        return this;
    }

    public bool Failed(string field) => _errors.Any(e => e.Field == field);

    /// <summary>
    /// A required text, trimmed, at most <paramref name="max"/> characters, with no BSN in it. The
    /// <paramref name="identifier"/> of another system's record (an invoice number, a bank reference) is stored in
    /// events as well, so it holds no BSN of nine digits either; its eight-digit numbers are that system's own
    /// (<see cref="Bsn.AppearsInIdentifier"/>).
    /// </summary>
    public string Text(string field, string? value, int max = Rules.MaxText, bool identifier = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(field, Rules.Required, "is required");
            return "";
        }
        var text = value.Trim();
        if (text.Length > max)
        {
            Fail(field, Rules.TooLong, $"must be at most {max} characters", max);
        }
        else if (identifier ? Bsn.AppearsInIdentifier(text) : Bsn.Appears(text))
        {
            Fail(field, Rules.Bsn, "holds what looks like a BSN; a BSN never enters the ledger (name the household by its case number)");
        }
        return text;
    }

    /// <summary>An optional text: absent or blank is null, else as <see cref="Text"/>.</summary>
    public string? OptionalText(string field, string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : Text(field, value, max);

    /// <summary>A required account that passes the ISO 13616 mod-97 check, without spaces; <paramref name="must"/> says whose, in the message.</summary>
    public string Iban(string field, string? value, string must)
    {
        if (!Common.Iban.IsValid(value))
        {
            Fail(field, value is null ? Rules.Required : Rules.Shape, must);
            return "";
        }
        return Common.Iban.Normalize(value!);
    }

    /// <summary>An optional BIC of 8 or 11 characters, in capitals.</summary>
    public string? Bic(string field, string? value, string example)
    {
        var code = string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
        if (code is not null && !Common.Bic.Shape().IsMatch(code))
        {
            Fail(field, Rules.Shape, $"must be a BIC of 8 or 11 characters, like {example}");
        }
        return code;
    }

    /// <summary>A required amount in euros, more than 0.00 when <paramref name="positive"/>, else at least 0.00; at most <see cref="Common.Amount.Max"/>.</summary>
    public decimal Amount(string field, decimal? value, bool positive = true)
    {
        if (value is not { } amount)
        {
            Fail(field, Rules.Required, "is required");
            return 0m;
        }
        if (amount < 0m || (positive && amount == 0m))
        {
            Fail(field, positive ? Rules.NotPositive : Rules.Negative, positive ? "must be more than 0.00" : "must not be negative");
        }
        else if (amount > Common.Amount.Max)
        {
            Fail(field, Rules.TooLarge, $"must not exceed {Common.Amount.Format(Common.Amount.Max)}", Common.Amount.Format(Common.Amount.Max));
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            Fail(field, Rules.Shape, "must have at most two decimals");
        }
        return amount;
    }

    /// <summary>
    /// A year someone may still act on: from <paramref name="back"/> years before the current Amsterdam
    /// year to <paramref name="ahead"/> years after it.
    /// </summary>
    public int Year(string field, int? value, Instant now, int back, int ahead)
    {
        var current = Amsterdam.YearOf(now);
        if (value is not { } year)
        {
            Fail(field, Rules.Required, "is required");
            return 0;
        }
        if (year < current - back)
        {
            Fail(field, Rules.YearTooEarly, back == 0 ? $"must not be before the current year ({current})" : $"must not be before {current - back}",
                current - back);
        }
        else if (year > current + ahead)
        {
            Fail(field, Rules.YearTooLate, $"must be at most {current + ahead}", current + ahead);
        }
        return year;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int Whole(string field, int? value, int min, int max)
    {
        if (value is not { } number)
        {
            Fail(field, Rules.Required, "is required");
            return 0;
        }
        if (number < min || number > max)
        {
            Fail(field, Rules.OutOfRange, $"must be a whole number from {min} to {max}", max);
        }
        return number;
    }

    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Fail(field, Rules.Required, "is required");
        }
        return value.GetValueOrDefault();
    }

    public T Required<T>(string field, T? value, T fallback) where T : class
    {
        if (value is null)
        {
            Fail(field, Rules.Required, "is required");
        }
        return value ?? fallback;
    }

    /// <summary>The command, when every rule passed; else the refusal naming every field.</summary>
    public Checked<T> Then<T>(Func<T> make) where T : class => Passed ? make() : Refusal!;
}

/// <summary>A command built by its factory: valid by construction, or the refusal that says why not.</summary>
public interface IChecked<out T> where T : class
{
    T? Command { get; }

    Refusal? Refusal { get; }
}

/// <inheritdoc cref="IChecked{T}"/>
public sealed record Checked<T>(T? Command, Refusal? Refusal) : IChecked<T> where T : class
{
    public static implicit operator Checked<T>(T command) => new(command, null);

    public static implicit operator Checked<T>(Refusal refusal) => new(null, refusal);
}
