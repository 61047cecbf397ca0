using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Weasel.Core;
using Wolverine.Marten;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// Marten: events and documents in one PostgreSQL schema, string stream keys, one tenant per municipality
/// (conjoined: every row carries its tenant id), and who/when/why metadata on events. Each feature adds its
/// own projections and documents (<c>ConfigureMarten</c> in its Configuration.cs).
/// </summary>
public static class LedgerStore
{
    public static WebApplicationBuilder AddLedgerStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddMarten(services =>
            {
                var configuration = services.GetRequiredService<IConfiguration>();
                var options = new StoreOptions();
                options.Connection(LedgerConnection.From(configuration));
                options.DatabaseSchemaName = configuration["Ledger:Schema"] ?? "ledger";
                options.Events.StreamIdentity = StreamIdentity.AsString;
                options.Events.TenancyStyle = TenancyStyle.Conjoined;
                options.Policies.AllDocumentsAreMultiTenanted();
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;
                // Aggregates are immutable records: a command's answer is its fetched aggregate with the events
                // just appended, and the inline projections fold that, instead of reading it again.
                options.Events.UseIdentityMapForAggregates = true;
                options.Events.TimeProvider = new ClockTimeProvider(services.GetRequiredService<IClock>());
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => LedgerJson.Configure(json));
                // Every event type, by convention: an event's stored name is its class name in snake case
                // (training_requested), chosen once; renaming a class needs MapEventType with the old name.
                options.Events.AddEventTypes(EventNames.LedgerEventTypes);
                options.ConfigureDataProtectionKeys();
                return options;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(wolverine =>
                // Async projections, should there be any, run on one node at a time, moved by Wolverine when it dies.
                wolverine.UseWolverineManagedEventSubscriptionDistribution = true)
            .ApplyAllDatabaseChangesOnStartup();
        return builder;
    }
}
