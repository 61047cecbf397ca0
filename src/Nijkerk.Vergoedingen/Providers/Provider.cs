using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Providers;

/// <summary>A practice that gives trainings and is paid directly by the municipality.</summary>
public sealed record ProviderRegistered(string ProviderId, string Name, string Iban, string? Bic, string By, string Role, Instant At)
    : ILedgerEvent;

public sealed record Provider
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Iban { get; init; } = "";

    public string? Bic { get; init; }

    /// <summary>The practice as its registration says; nothing before it was registered.</summary>
    public Provider? Evolve(object e) => e switch
    {
        ProviderRegistered x => new Provider { Id = x.ProviderId, Name = x.Name, Iban = x.Iban, Bic = x.Bic },
        _ => Id.Length == 0 ? null : this,
    };
}
