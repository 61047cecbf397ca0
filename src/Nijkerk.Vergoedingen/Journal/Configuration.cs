using JasperFx.Events.Projections;
using Marten;

namespace Nijkerk.Vergoedingen.Journal;

public static class Configuration
{
    /// <summary>Each scheme's accounts through time, kept inline: the journal reads them with its lines.</summary>
    public static WebApplicationBuilder AddJournal(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Projections.Snapshot<SchemeAccounts>(SnapshotLifecycle.Inline));
        return builder;
    }
}
