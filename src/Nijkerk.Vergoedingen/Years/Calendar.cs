using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Retention;
using NodaTime;
using Wolverine;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>
/// Makes sure the time-driven work is scheduled: every municipality's next New Year — and this one, should
/// the app have been down on 1 January — and the nightly pruning of records kept only for retries. A
/// Wolverine agent: of all the nodes on one database exactly one runs it, and when that node dies another
/// takes it over and checks again. Each schedule is a durable message; a marker keeps it single however
/// often this runs.
/// </summary>
public sealed class CalendarAgent(
    IServiceScopeFactory scopes, IClock clock, MunicipalityDirectory municipalities,
    IConfiguration configuration, IWolverineRuntime runtime, IHostApplicationLifetime lifetime, ILogger<CalendarAgent> logger)
    : SingularAgent("calendar")
{
    private CancellationTokenSource _stopping = new();

    protected override Task startAsync(CancellationToken cancellationToken)
    {
        // Shown by ops/drill: which node holds the calendar after a node died.
        logger.LogInformation("The calendar runs on Wolverine node {Node}", runtime.Options.Durability.AssignedNodeNumber);
        // A single node starts its agents before its local queues listen: what is published then would
        // wait for the next start. So publish once the host has started.
        _stopping = new CancellationTokenSource();
        var stopping = _stopping.Token;
        lifetime.ApplicationStarted.Register(() => _ = ScheduleAsync(stopping));
        return Task.CompletedTask;
    }

    protected override Task stopAsync(CancellationToken cancellationToken) => _stopping.CancelAsync();

    private async Task ScheduleAsync(CancellationToken cancellation)
    {
        // The database may be away for a moment (a failover): try again, as every message is idempotent.
        for (var attempt = 1; !cancellation.IsCancellationRequested; attempt++)
        {
            try
            {
                await PublishAsync(cancellation);
                LedgerMetrics.CalendarRan("schedule", true);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 12)
            {
                LedgerMetrics.CalendarRan("schedule", false);
                logger.LogWarning(e, "Scheduling the calendar's work failed; trying again in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), cancellation);
            }
        }
    }

    private async Task PublishAsync(CancellationToken cancellation)
    {
        using var scope = scopes.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var now = clock.GetCurrentInstant();
        await bus.PublishAsync(new ScheduleRetention(Amsterdam.DateOf(now)));
        if (!ScheduleNewYear.Enabled(configuration))
        {
            return;
        }
        foreach (var tenant in (await municipalities.AllAsync(cancellation)).Keys)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var schedule in ScheduleNewYear.Around(now))
            {
                await bus.PublishAsync(schedule, new DeliveryOptions { TenantId = tenant });
            }
        }
    }
}
