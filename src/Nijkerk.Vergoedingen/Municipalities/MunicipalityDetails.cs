using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Security;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Municipalities;

/// <summary>A municipality as API.md shows it: schemes by slug, the reservation expiry as days.hh:mm:ss.</summary>
public sealed record MunicipalityDetails(
    string Slug, string Name, string? Iban, string? Bic, IReadOnlyList<string> Schemes, int DefaultCapacity, string ReservationExpiry, long Version)
{
    public static MunicipalityDetails From(Municipality m) => new(
        m.Slug, m.Terms.Name, m.Terms.Iban, m.Terms.Bic, [.. m.Terms.Schemes.Select(s => s.Slug)], m.Terms.DefaultCapacity,
        m.Terms.ReservationExpiry.ToTimeSpan().ToString("c", CultureInfo.InvariantCulture), m.Version);
}

public sealed record MunicipalityList(IReadOnlyList<MunicipalityDetails> Items);

public static class MunicipalityListEndpoint
{
    [WolverineGet("/api/municipalities")]
    [Authorize(Policy = Policies.Region)]
    public static async Task<MunicipalityList> Get(MunicipalityDirectory directory, CancellationToken cancellation) =>
        new([.. (await directory.AllAsync(cancellation)).Values.OrderBy(m => m.Terms.Name).Select(MunicipalityDetails.From)]);
}
