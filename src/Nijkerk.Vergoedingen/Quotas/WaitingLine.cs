using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>
/// A year's waitlist, in order of arrival. Its order is the event log's: waitlistings of one year are appended
/// under the year's lock, so the sequence numbers of their events are the line's order. The waiting referrals
/// are read from the referral index, each one's waitlisting from the event table's stream index; nothing
/// about the line is kept twice. A command that gives slots to the first in line reads them while it holds
/// the year's lock, so nobody joins or leaves the line in between.
/// </summary>
public static class WaitingLine
{
    /// <summary>The first <paramref name="count"/> in line, first first; nothing is read when nobody waits.</summary>
    public static async Task<IReadOnlyList<string>> FirstAsync(IQuerySession session, QuotaYear? year, int count, CancellationToken cancellation) =>
        year is not { Waiting: > 0 } || count <= 0 ? [] : await ReadAsync(session, year.Scheme, year.Year, count, cancellation);

    /// <summary>Everyone in line, first first.</summary>
    public static Task<IReadOnlyList<string>> AllAsync(IQuerySession session, QuotaYear? year, CancellationToken cancellation) =>
        FirstAsync(session, year, int.MaxValue, cancellation);

    /// <summary>1 for the first in line; nothing for a referral that does not wait.</summary>
    public static async Task<int?> PositionOfAsync(IQuerySession session, Referral referral, CancellationToken cancellation) =>
        (await PositionsAsync(session, [referral], cancellation))(referral);

    /// <summary>The positions of several referrals, each year's line read once.</summary>
    public static async Task<Func<Referral, int?>> PositionsAsync(IQuerySession session, IEnumerable<Referral> referrals, CancellationToken cancellation)
    {
        var positions = new Dictionary<string, int>();
        foreach (var line in referrals.Where(r => r.Status == ReferralStatus.Waitlisted).Select(r => (r.Scheme, r.Year)).Distinct())
        {
            var ids = await ReadAsync(session, line.Scheme, line.Year, int.MaxValue, cancellation);
            for (var i = 0; i < ids.Count; i++)
            {
                positions[ids[i]] = i + 1;
            }
        }
        return r => r.Status == ReferralStatus.Waitlisted && positions.TryGetValue(r.Id, out var position) ? position : null;
    }

    /// <summary>
    /// The referral's place in line at an earlier instant (the referral as it was then): its year's line as the
    /// year's own events up to then built it, read only for such a look back.
    /// </summary>
    public static async Task<int?> PositionAtAsync(IQuerySession session, Referral referral, Instant at, CancellationToken cancellation)
    {
        if (referral.Status != ReferralStatus.Waitlisted)
        {
            return null;
        }
        var events = await session.Events.FetchStreamAsync(QuotaYear.StreamKey(referral.Scheme, referral.Year), timestamp: at.ToDateTimeOffset(), token: cancellation);
        var index = InOrder(referral.Year, events.Select(e => e.Data)).IndexOf(referral.Id);
        return index < 0 ? null : index + 1;
    }

    /// <summary>A year's line from its own stream: in at the end when waitlisted, out when given a slot, leaving or moved on.</summary>
    public static List<string> InOrder(int year, IEnumerable<object> events)
    {
        var line = new List<string>();
        foreach (var e in events)
        {
            switch (e)
            {
                case ReferralWaitlisted x:
                    line.Add(x.ReferralId);
                    break;
                case SlotReserved x:
                    line.Remove(x.ReferralId);
                    break;
                case WaitlistLeft x:
                    line.Remove(x.ReferralId);
                    break;
                case Years.ReferralCarriedOver x when x.FromYear == year:
                    line.Remove(x.ReferralId);
                    break;
            }
        }
        return line;
    }

    private static async Task<IReadOnlyList<string>> ReadAsync(IQuerySession session, Scheme scheme, int year, int count, CancellationToken cancellation)
    {
        var store = session.DocumentStore;
        var referrals = store.Options.FindOrResolveDocumentType(typeof(ReferralView)).TableName.QualifiedName;
        var events = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        return await session.QueryAsync<string>($"""
            select d.id from {referrals} d
            cross join lateral (select max(e.seq_id) as seq from {events} e
                where e.tenant_id = d.tenant_id and e.stream_id = d.id and e.type = '{store.EventTypeName<ReferralWaitlisted>()}') joined
            where d.tenant_id = ? and d.data ->> 'status' = 'Waitlisted' and (d.data ->> 'year')::int = ? and d.data ->> 'scheme' = ?
            order by joined.seq limit ?
            """, cancellation, session.TenantId, year, scheme.Slug, count);
    }
}
