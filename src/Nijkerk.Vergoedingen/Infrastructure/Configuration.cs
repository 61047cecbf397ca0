using NodaTime;

namespace Nijkerk.Vergoedingen.Infrastructure;

public static class Configuration
{
    /// <summary>
    /// What every feature runs on: the clock, one JSON dialect, Marten on PostgreSQL, Wolverine's handlers
    /// and durable queues, the Data Protection key ring in the database, health checks, metrics and traces.
    /// </summary>
    public static WebApplicationBuilder AddInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.ConfigureHttpJsonOptions(options => LedgerJson.Configure(options.SerializerOptions));
        builder.AddLedgerStore();
        builder.AddLedgerMessaging();
        builder.AddLedgerDataProtection();
        builder.AddLedgerHealth();
        builder.AddLedgerTelemetry();
        return builder;
    }
}
