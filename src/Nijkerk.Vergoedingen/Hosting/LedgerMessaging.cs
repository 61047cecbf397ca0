using JasperFx;
using JasperFx.CodeGeneration;
using Marten.Exceptions;
using Nijkerk.Vergoedingen.Hosting.Idempotency;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Nijkerk.Vergoedingen.Hosting;

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
            options.Policies.AddMiddleware(typeof(IdempotencyGuard), chain => chain.MessageType.IsAssignableTo(typeof(ICommand)));
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
                .Or<NpgsqlException>(e => e.IsTransient)
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
/// <c>Ledger:DurabilityMode</c> (Balanced: several nodes share the work; Solo: one node does all) and
/// <c>Ledger:SchedulePolling</c>, read when the runtime starts.
/// </summary>
internal sealed class DurabilitySettings(IConfiguration configuration) : IWolverineExtension
{
    public void Configure(WolverineOptions options)
    {
        options.Durability.Mode = configuration.GetValue("Ledger:DurabilityMode", DurabilityMode.Balanced);
        options.Durability.ScheduledJobPollingTime = configuration.GetValue("Ledger:SchedulePolling", TimeSpan.FromSeconds(5));
    }
}
