using System.Text.Json.Serialization;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Allocation;

/// <summary>One scheme's line in the allocation view: slots for a quota, euros for a budget.</summary>
public abstract record AllocationEntry(
    [property: JsonPropertyOrder(-2)] string Scheme,
    [property: JsonPropertyOrder(-1)] string Kind);

public sealed record QuotaEntry(string Scheme, int Year, int Capacity, int Reserved, int Consumed, int Available, int Waitlist)
    : AllocationEntry(Scheme, KindName)
{
    public const string KindName = "quota";

    public static QuotaEntry From(QuotaYear year) =>
        new(year.Scheme.Slug, year.Year, year.Capacity, year.Reserved, year.Consumed, year.Available, year.Waiting);

    /// <summary>A year nobody has touched stands at its default capacity, all of it available.</summary>
    public static QuotaEntry Untouched(Scheme scheme, int year, int capacity) => new(scheme.Slug, year, capacity, 0, 0, capacity, 0);
}

public sealed record BudgetEntry(string Scheme, int Year, decimal Budget, decimal Committed, decimal Paid, decimal Available)
    : AllocationEntry(Scheme, KindName)
{
    public const string KindName = "budget";

    public static BudgetEntry From(BudgetYear year) => new(year.Scheme.Slug, year.Year, year.Budget, year.Committed, year.Paid, year.Available);

    public static BudgetEntry Untouched(Scheme scheme, int year) => new(scheme.Slug, year, 0m, 0m, 0m, 0m);
}
