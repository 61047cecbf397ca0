using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.BankStatements;

public static class Configuration
{
    /// <summary>Each statement read, kept inline: the next read of the same statement finds it, and its unmatched entries wait there for a person.</summary>
    public static WebApplicationBuilder AddBankStatements(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Projections.Snapshot<BankStatement>(SnapshotLifecycle.Inline));
        return builder;
    }
}
