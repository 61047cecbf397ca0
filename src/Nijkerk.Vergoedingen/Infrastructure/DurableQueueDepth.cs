using System.Diagnostics.Metrics;
using Wolverine.Logging;
using Wolverine.Runtime;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// How much waits in Wolverine's durable tables: messages in the outbox, messages scheduled for later (New
/// Years, expiries, redeliveries) and dead letters. Wolverine reports these only on the node that holds its
/// durability agent; these gauges are on every node, read every few seconds rather than at each scrape, so a
/// scrape never waits for PostgreSQL.
/// </summary>
internal sealed class DurableQueueDepth(IWolverineRuntime runtime, IMeterFactory meters, ILogger<DurableQueueDepth> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private PersistedCounts? _counts;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var meter = meters.Create(LedgerMetrics.MeterName);
        Gauge(meter, "ledger.outbox.depth", "Messages in the durable outbox, not yet sent.", c => c.Outgoing);
        Gauge(meter, "ledger.scheduled.depth", "Messages scheduled for later in the durable inbox.", c => c.Scheduled);
        Gauge(meter, "ledger.dead_letters", "Messages in the dead letter table.", c => c.DeadLetter);
        using var timer = new PeriodicTimer(Period);
        do
        {
            try
            {
                _counts = await runtime.Storage.Admin.FetchCountsAsync();
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The gauges fall silent rather than show an old depth; the database's own health says why.
                _counts = null;
                logger.LogDebug(e, "Reading the depth of the durable queues failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Gauge(Meter meter, string name, string description, Func<PersistedCounts, int> read) =>
        meter.CreateObservableGauge(name, () => _counts is { } counts ? [new Measurement<int>(read(counts))] : Array.Empty<Measurement<int>>(),
            "{message}", description);
}
