using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using NodaTime;

namespace Nijkerk.Vergoedingen.Municipalities;

/// <summary>Regio FoodValley: its own tenant holds the municipalities' streams, and its roles read across them.</summary>
public static class FoodValley
{
    public const string Tenant = "foodvalley";
    public const string Name = "Regio FoodValley";
}

/// <summary>
/// How a municipality works with the ledger: its name, its own account (the debtor of its payment
/// batches), the schemes it offers, the capacity of a houd-me-vast year nobody has set, and how long a
/// reservation may wait to be scheduled.
/// </summary>
public sealed record MunicipalityTerms(
    string Name, string? Iban, string? Bic, IReadOnlyList<Scheme> Schemes, int DefaultCapacity, Duration ReservationExpiry)
{
    public bool Offers(Scheme scheme) => Schemes.Contains(scheme);
}

public sealed record MunicipalityAdded(string Slug, MunicipalityTerms Terms, string Reason, string By, string Role, Instant At) : IReasonedEvent;

public sealed record MunicipalityChanged(string Slug, MunicipalityTerms Terms, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>A municipality of the region (a tenant of the ledger), as its events leave it. One stream each, in the region's tenant.</summary>
public sealed record Municipality(string Id, string Slug, MunicipalityTerms Terms)
{
    public long Version { get; init; }

    public static string StreamKey(string slug) => $"municipality/{slug}";

    public static Municipality? Fold(Municipality? municipality, IEnumerable<ILedgerEvent> events) => events.Aggregate(municipality, (m, e) => e switch
    {
        MunicipalityAdded x => new Municipality(StreamKey(x.Slug), x.Slug, x.Terms) { Version = 1 },
        MunicipalityChanged x when m is not null => m with { Terms = x.Terms, Version = m.Version + 1 },
        _ => m,
    });
}

public sealed class MunicipalityProjection() : FoldProjection<Municipality>(Municipality.Fold, typeof(MunicipalityAdded), typeof(MunicipalityChanged));
