using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>Ready once PostgreSQL answers and the event store's tables are there.</summary>
public sealed class LedgerReadiness(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "select to_regclass(@events) is not null";
            var events = command.CreateParameter();
            events.ParameterName = "events";
            events.Value = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
            command.Parameters.Add(events);
            return await command.ExecuteScalarAsync(cancellationToken) is true
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The schema has not been applied.");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", e);
        }
    }
}

public static class Health
{
    public static WebApplicationBuilder AddLedgerHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<LedgerReadiness>("ledger", tags: ["ready"]);
        return builder;
    }

    public static void MapLedgerHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
