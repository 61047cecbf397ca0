using Nijkerk.Vergoedingen.Common;
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
public sealed record Municipality
{
    public string Id { get; init; } = "";

    public string Slug { get; init; } = "";

    public MunicipalityTerms Terms { get; init; } = new("", null, null, [], 0, Duration.Zero);

    public long Version { get; init; }

    public static string StreamKey(string slug) => $"municipality/{slug}";

    /// <summary>The municipality after one more event of its stream; nothing before it was added.</summary>
    public Municipality? Evolve(object e) => e switch
    {
        MunicipalityAdded x => new Municipality { Id = StreamKey(x.Slug), Slug = x.Slug, Terms = x.Terms, Version = 1 },
        _ when Id.Length == 0 => null,
        MunicipalityChanged x => this with { Terms = x.Terms, Version = Version + 1 },
        _ => this,
    };
}
