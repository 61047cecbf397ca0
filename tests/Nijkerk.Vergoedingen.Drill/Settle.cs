using Npgsql;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>What the ledger still owes once the load stops, and whether it paid it once.</summary>
public sealed record Settled(bool Done, string Expiries, bool ExpiriesOnce, string NewYears, bool NewYearsOnce)
{
    public override string ToString() => Done ? "every reservation ended and notified" : "NOT settled in time";
}

public static class Settle
{
    /// <summary>
    /// Waits until every reservation of the drill's year has ended (withdrawn or expired: the waitlist was
    /// emptied, so no expiry hands its slot on) and the foundation heard of each; then counts.
    /// </summary>
    public static async Task<Settled> WaitAsync(NpgsqlDataSource database, Settings settings, Foundation foundation, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            var events = (await Checks.EventsAsync(database, settings.Schema, "nijkerk")).Where(e => e.Stream.StartsWith("quota-year/", StringComparison.Ordinal)).ToList();
            var reserved = events.Where(e => e.Type == "slot_reserved").ToList();
            var ended = events.Where(e => e.Type is "slot_released" or "reservation_expired").ToList();
            var heard = foundation.Deliveries.Select(d => d.ReferralId).ToHashSet();
            var done = reserved.Count == ended.Count && reserved.All(r => heard.Contains(r.Str("referralId")));
            if (done || DateTimeOffset.UtcNow > deadline)
            {
                var expired = events.Where(e => e.Type == "reservation_expired").ToList();
                // Each reservation ends once: one release or one expiry per reservation, never both, never two.
                var once = reserved.GroupBy(r => r.Str("referralId"))
                    .All(r => r.Count() == ended.Count(e => e.Str("referralId") == r.Key))
                    && expired.GroupBy(e => (e.Str("referralId"), e.Str("reservedAt"))).All(g => g.Count() == 1);
                var (scheduled, tenants) = await NewYearsAsync(database, settings.Schema);
                return new Settled(done,
                    $"{reserved.Count} reservations: {expired.Count} expired, {ended.Count - expired.Count} released, {reserved.Count - ended.Count} still held",
                    done && once,
                    $"{scheduled} New Year messages waiting for 1 January, {tenants} municipalities", scheduled == tenants);
            }
            await Task.Delay(1000);
        }
    }

    /// <summary>The New Year of next year: one durable message per municipality, however many nodes started and died.</summary>
    private static async Task<(long Scheduled, long Tenants)> NewYearsAsync(NpgsqlDataSource database, string schema)
    {
        await using var command = database.CreateCommand($"""
            select (select count(*) from {schema}.wolverine_incoming_envelopes where message_type ilike '%OpenYear%' and status = 'Scheduled'),
                   (select count(distinct tenant_id) from {schema}.mt_doc_newyearscheduled)
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
