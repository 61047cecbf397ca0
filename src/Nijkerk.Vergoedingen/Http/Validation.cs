using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// Reads what a client sent into typed values, and collects what cannot be read for a 400
/// <c>validation</c> problem. Only the shape: whether a value is required, and what it may be, are the
/// rules of the command's factory and decision, which the screens call too. Field names are the
/// camelCase JSON names clients send.
/// </summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    /// <summary>The last page a list is read at: one past it would overflow the offset of its first row.</summary>
    public const int MaxPage = 1_000_000;

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

    /// <summary>An amount in euros, as a string with at most two decimals; absent is null.</summary>
    public decimal? Amount(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!Common.Amount.TryParse(value, out var amount, out var error))
        {
            Add(field, error);
            return null;
        }
        return amount;
    }

    /// <summary>A year as a path segment says it; which years a command may act on is its own rule.</summary>
    public int Year(string field, string? text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }
        Add(field, "must be a year, like 2026");
        return 0;
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

    /// <summary>A date people mean, in ISO form; absent is a problem.</summary>
    public LocalDate? Date(string field, string? text)
    {
        if (text is not null && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }
        Add(field, "must be a date in ISO form, like 2026-03-14");
        return null;
    }

    /// <summary>A scheme by its slug; absent is null.</summary>
    public Scheme? Scheme(string field, string? slug)
    {
        if (slug is null)
        {
            return null;
        }
        var scheme = Common.Scheme.FromSlug(slug);
        if (scheme is null)
        {
            Add(field, $"must be one of {string.Join(", ", Common.Scheme.All)}");
        }
        return scheme;
    }

    /// <summary>What could not be read, as the refusal of the command it was to become.</summary>
    public Refusal? Refusal => IsValid
        ? null
        : Commands.Refusal.Invalid([.. _errors.SelectMany(e => e.Value.Select(message => new FieldError(e.Key, Rules.Shape, message)))]);

    public ProblemDetails ToProblem() => IsValid
        ? WolverineContinue.NoProblems
        : Problems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public ProblemHttpResult ToResult() => ToProblem().ToResult();
}
