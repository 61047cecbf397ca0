using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Providers;

/// <summary>A practice that gives trainings and is paid directly by the municipality.</summary>
public sealed record ProviderRegistered(string ProviderId, string Name, string Iban, string? Bic, string By, string Role, Instant At)
    : ILedgerEvent;

public sealed record Provider(string Id, string Name, string Iban, string? Bic)
{
    public static Provider From(ProviderRegistered e) => new(e.ProviderId, e.Name, e.Iban, e.Bic);

    public static Provider? Fold(Provider? provider, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate(provider, (p, e) => e is ProviderRegistered registered ? From(registered) : p);
}
