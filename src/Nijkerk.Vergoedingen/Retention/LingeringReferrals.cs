using Marten;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Retention;

/// <summary>
/// Referrals that ended without being closed: a reservation left to expire, a training completed and never
/// closed. Each is done once nothing has happened to it for the retention period — its last event is older
/// than the cutoff (a completed one also completed before it) — and no claim still has to be paid to the
/// household's account, which a confirmed erasure would not erase either.
/// </summary>
public static class LingeringReferrals
{
    public static async Task<IReadOnlyList<Referral>> DueAsync(
        IDocumentSession session, Instant cutoff, Func<Referral, string> erasureIdOf, CancellationToken cancellation)
    {
        var cutoffDate = Amsterdam.DateOf(cutoff);
        // Queries cannot compare NodaTime values: the few candidates are weighed here.
        var candidates = (await session.Query<ReferralView>()
                .Where(r => r.Status == ReferralStatus.Expired || r.Status == ReferralStatus.Completed).ToListAsync(cancellation))
            .Where(r => r.Status == ReferralStatus.Expired ? r.ReservedAt < cutoff : r.CompletedOn < cutoffDate)
            .Where(r => !r.Claims.Any(c => c.PayeeKind == PayeeKind.Household && c.Status is ClaimStatus.Submitted or ClaimStatus.Approved))
            .ToList();
        var done = (await session.LoadManyAsync<Erasure>(cancellation, [.. candidates.Select(r => Erasure.StreamKey(erasureIdOf(r)))]))
            .Select(e => e.Id).ToHashSet();
        var due = new List<Referral>();
        foreach (var referral in candidates.Where(r => !done.Contains(Erasure.StreamKey(erasureIdOf(r)))))
        {
            var events = await session.Events.FetchStreamAsync(referral.Id, token: cancellation);
            if (events.Select(e => e.Data).OfType<ILedgerEvent>().Max(e => e.At) < cutoff)
            {
                due.Add(referral);
            }
        }
        return due;
    }
}
