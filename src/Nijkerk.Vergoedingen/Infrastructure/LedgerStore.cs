using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Hosting.Idempotency;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Retention;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Weasel.Core;
using Wolverine.Marten;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// Marten: events and documents in one PostgreSQL schema, string stream keys, one tenant per
/// municipality (conjoined: every row carries its tenant id), and who/when/why metadata on events.
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
                // Aggregates are immutable records: the inline projections may fold the snapshot a command
                // fetched instead of reading and decoding it again inside the year's lock.
                options.Events.UseIdentityMapForAggregates = true;
                options.Events.TimeProvider = new ClockTimeProvider(services.GetRequiredService<IClock>());
                options.Listeners.Add(new MunicipalityChanges(services));
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => LedgerJson.Configure(json));

                options.ConfigureReferrals();
                options.ConfigureQuotas();
                options.ConfigureBudgets();
                options.ConfigureProviders();
                options.ConfigureClaims();
                options.ConfigurePayments();
                options.ConfigureYears();
                options.ConfigureFoundation();
                options.ConfigureDataProtectionKeys();
                options.ConfigureAudit();
                options.ConfigurePrivacy();
                options.ConfigureMunicipalities();
                options.Schema.For<RetentionScheduled>();
                options.Schema.For<IdempotencyRecord>();
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
