using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// Collects field errors for a 400 <c>validation</c> problem; a request with none continues.
/// Field names are the camelCase JSON names clients send.
/// </summary>
public sealed class Validation
{
    public const int MaxTextLength = 2000;
    public const int MaxNameLength = 200;

    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    /// <summary>Requires a non-blank text no longer than <paramref name="max"/> characters.</summary>
    public string Text(string field, string? value, int max = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return "";
        }
        if (value.Length > max)
        {
            Add(field, $"must be at most {max} characters");
        }
        return value.Trim();
    }

    /// <summary>Requires an amount in euros, as a string with at most two decimals.</summary>
    public decimal? Amount(string field, string? value)
    {
        if (!Common.Amount.TryParse(value, out var amount, out var error))
        {
            Add(field, error);
            return null;
        }
        return amount;
    }

    /// <summary>
    /// A year someone may still act on: not before the current Amsterdam year (or <paramref name="back"/>
    /// years before it), at most <paramref name="maxAhead"/> years after it.
    /// </summary>
    public int Year(string field, int? year, Instant now, int maxAhead, int back = 0)
    {
        var current = Amsterdam.YearOf(now);
        if (year is null)
        {
            Add(field, "is required");
            return 0;
        }
        if (year < current - back)
        {
            Add(field, back == 0 ? $"must not be before the current year ({current})" : $"must not be before {current - back}");
        }
        else if (year > current + maxAhead)
        {
            Add(field, $"must be at most {current + maxAhead}");
        }
        return year.Value;
    }

    public int Year(string field, string? text, Instant now, int maxAhead, int back = 0)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            Add(field, "must be a year, like 2026");
            return 0;
        }
        return Year(field, year, now, maxAhead, back);
    }

    /// <summary>Any calendar year, for reading: a past year can be looked at, a year like 20260 cannot.</summary>
    public int AnyYear(string field, string? text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999)
        {
            return year;
        }
        Add(field, "must be a year, like 2026");
        return 0;
    }

    /// <summary>An optional whole number within bounds, such as a page; absent means <paramref name="fallback"/>.</summary>
    public int Whole(string field, string? text, int min, int max, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Add(field, $"must be a whole number from {min} to {max}");
        return fallback;
    }

    /// <summary>An optional instant in ISO form (<c>2026-03-14T09:30:00Z</c>), as <c>?asOf=</c> takes it.</summary>
    public Instant? Instant(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }
        var parsed = NodaTime.Text.InstantPattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            Add(field, "must be an instant in ISO form, like 2026-03-14T09:30:00Z");
            return null;
        }
        return parsed.Value;
    }

    public Scheme? Scheme(string field, string? slug)
    {
        var scheme = Common.Scheme.FromSlug(slug);
        if (scheme is null)
        {
            Add(field, slug is null ? "is required" : $"must be one of {string.Join(", ", Common.Scheme.All)}");
        }
        return scheme;
    }

    public ProblemDetails ToProblem() => IsValid
        ? WolverineContinue.NoProblems
        : Problems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public static ProblemDetails MissingBody() => Problems.Validation("body", "a JSON object is required");
}
