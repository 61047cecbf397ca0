using JasperFx;
using JasperFx.CodeGeneration;
using Marten.Exceptions;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// Wolverine runs every command handler in one Marten transaction (with its outbox), and retries the
/// handler when it lost a race: another writer moved the stream first, created it first, or stored the
/// same idempotency record first. The retry re-reads the state and decides again.
/// </summary>
public static class LedgerMessaging
{
    private static readonly TimeSpan[] Cooldowns =
        [.. new[] { 10, 25, 50, 100, 200, 400, 800, 1000, 1000, 1000, 1000, 1000 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    public static WebApplicationBuilder AddLedgerMessaging(this WebApplicationBuilder builder)
    {
        builder.Host.UseWolverine(options =>
        {
            options.Policies.AutoApplyTransactions();
            options.UseSystemTextJsonForSerialization(json => LedgerJson.Configure(json));
            // Handlers and endpoints load the code ops/ pre-generated (codegen write) into this assembly;
            // one without it, after a change not yet regenerated, is compiled at run time instead.
            options.CodeGeneration.TypeLoadMode = TypeLoadMode.Auto;

            // Scheduled expiries, New Years and foundation notices live in PostgreSQL, so a restart loses none.
            options.Policies.UseDurableLocalQueues();

            options.OnException<ConcurrencyException>()
                .Or<ExistingStreamIdCollisionException>()
                .Or<DocumentAlreadyExistsException>()
                .Or<PostgresException>(e => e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
                .Or<Exception>(DatabaseFaults.IsTransient)
                .OrInner<ConcurrencyException>()
                .OrInner<ExistingStreamIdCollisionException>()
                .OrInner<DocumentAlreadyExistsException>()
                .RetryWithCooldown(Cooldowns);
        });
        builder.Services.AddSingleton<IWolverineExtension, DurabilitySettings>();
        return builder;
    }
}

/// <summary>
/// <c>Ledger:DurabilityMode</c> (Balanced: several nodes share the work; Solo: one node does all),
/// <c>Ledger:SchedulePolling</c>, and how nodes watch each other: each writes a heartbeat every
/// <c>Ledger:NodeHeartbeat</c>, and one silent for <c>Ledger:NodeStaleAfter</c> is taken for dead, its
/// work (the calendar, the durability agents) handed to another. Read when the runtime starts.
/// </summary>
internal sealed class DurabilitySettings(IConfiguration configuration) : IWolverineExtension
{
    public void Configure(WolverineOptions options)
    {
        options.Durability.Mode = configuration.GetValue("Ledger:DurabilityMode", DurabilityMode.Balanced);
        options.Durability.ScheduledJobPollingTime = configuration.GetValue("Ledger:SchedulePolling", TimeSpan.FromSeconds(5));
        // Wolverine's defaults (10 s, 1 min) leave a dead node's work waiting well over a minute.
        var heartbeat = configuration.GetValue("Ledger:NodeHeartbeat", TimeSpan.FromSeconds(5));
        options.Durability.HealthCheckPollingTime = heartbeat;
        options.Durability.CheckAssignmentPeriod = heartbeat * 2;
        options.Durability.StaleNodeTimeout = configuration.GetValue("Ledger:NodeStaleAfter", TimeSpan.FromSeconds(20));
    }
}
