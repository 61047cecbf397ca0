using Npgsql;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>What the ledger still owes once the load stops, and whether it paid it once.</summary>
public sealed record Settled(bool Done, string Expiries, bool ExpiriesOnce, string NewYears, bool NewYearsOnce)
{
    public override string ToString() => Done ? "every reservation ended, no notification waiting" : "NOT settled in time";
}

public static class Settle
{
    /// <summary>
    /// Waits until every reservation of the drill's year has ended (withdrawn or expired: the waitlist was
    /// emptied, so no expiry hands its slot on) and no notification waits in any node's inbox; then counts.
    /// </summary>
    public static async Task<Settled> WaitAsync(NpgsqlDataSource database, Settings settings, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            var events = (await Checks.EventsAsync(database, settings.Schema, "nijkerk")).Where(e => e.Stream.StartsWith("quota-year/", StringComparison.Ordinal)).ToList();
            var reserved = events.Where(e => e.Type == "slot_reserved").ToList();
            var ended = events.Where(e => e.Type is "slot_released" or "reservation_expired").ToList();
            var done = reserved.Count == ended.Count && await WaitingAsync(database, settings.Schema, "NotifyFoundation") == 0;
            if (done || DateTimeOffset.UtcNow > deadline)
            {
                var expired = events.Where(e => e.Type == "reservation_expired").ToList();
                // Each reservation ends once: one release or one expiry per reservation, never both, never two.
                var once = reserved.GroupBy(r => r.Str("referralId"))
                    .All(r => r.Count() == ended.Count(e => e.Str("referralId") == r.Key))
                    && expired.GroupBy(e => (e.Str("referralId"), e.Str("reservedAt"))).All(g => g.Count() == 1);
                var scheduled = await WaitingAsync(database, settings.Schema, "OpenYear");
                var tenants = await ScalarAsync(database, $"select count(distinct tenant_id) from {settings.Schema}.mt_doc_newyearscheduled");
                return new Settled(done,
                    $"{reserved.Count} reservations: {expired.Count} expired, {ended.Count - expired.Count} released, {reserved.Count - ended.Count} still held",
                    done && once,
                    $"{scheduled} New Year messages waiting for 1 January, {tenants} municipalities", scheduled == tenants);
            }
            await Task.Delay(1000);
        }
    }

    /// <summary>Messages of a type waiting in the inbox of any node, now or at a scheduled time.</summary>
    public static Task<long> WaitingAsync(NpgsqlDataSource database, string schema, string type) => ScalarAsync(database,
        $"select count(*) from {schema}.wolverine_incoming_envelopes where message_type like '%.{type}' and status in ('Incoming', 'Scheduled')");

    private static async Task<long> ScalarAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
