namespace Nijkerk.Vergoedingen.Drill;

/// <summary>
/// The foundation hears of a reservation once, and in time: within <c>within</c> of the reservation, or of
/// the foundation's return when it was down then — unless the reservation ended first, when nothing is owed.
/// </summary>
public static class Notifications
{
    public static (string Summary, bool Ok) Check(IReadOnlyList<Stored> events, IReadOnlyCollection<(string ReferralId, string Key, DateTimeOffset At)> deliveries,
        (DateTimeOffset Down, DateTimeOffset Up) outage, TimeSpan within)
    {
        var year = events.Where(e => e.Stream.StartsWith("quota-year/", StringComparison.Ordinal)).ToList();
        var ends = year.Where(e => e.Type is "slot_released" or "reservation_expired").GroupBy(e => e.Str("referralId")).ToDictionary(g => g.Key, g => g.Min(e => e.At));
        var recorded = events.Where(e => e.Type == "foundation_notified").GroupBy(e => e.Stream).ToDictionary(g => g.Key, g => g.Count());
        var heard = deliveries.GroupBy(d => d.ReferralId).ToDictionary(g => g.Key, g => (Keys: g.Select(d => d.Key).Distinct().Count(), First: g.Min(d => d.At), All: g.Count()));
        int notified = 0, endedFirst = 0, late = 0, doubled = 0, redelivered = 0;
        foreach (var reservation in year.Where(e => e.Type == "slot_reserved"))
        {
            var id = reservation.Str("referralId");
            var due = reservation.At + within;
            if (reservation.At <= outage.Up && due >= outage.Down)
            {
                due = outage.Up + within > due ? outage.Up + within : due;
            }
            var (keys, first, all) = heard.GetValueOrDefault(id);
            var times = recorded.GetValueOrDefault(id);
            if (keys > 1 || times > 1 || (times == 1 && keys == 0))
            {
                doubled++;
            }
            else if (keys == 1)
            {
                notified++;
                redelivered += all - 1;
                late += first > due ? 1 : 0;
            }
            else if (ends.TryGetValue(id, out var ended) && ended <= due)
            {
                endedFirst++;
            }
            else
            {
                late++;
            }
        }
        var count = year.Count(e => e.Type == "slot_reserved");
        return ($"{count} reservations: {notified} notified once ({redelivered} redelivered under the same key), {endedFirst} ended before their turn, {late} late, {doubled} doubled",
            late == 0 && doubled == 0);
    }
}
