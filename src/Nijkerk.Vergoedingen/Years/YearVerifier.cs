using Marten;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>Whether a sealed year still holds: the controllers' API and their dashboard ask the same question.</summary>
public static class YearVerifier
{
    /// <summary>Recomputes a year's seal from the stored events and compares it with what was sealed.</summary>
    public static async Task<YearVerification> VerifyAsync(IQuerySession session, YearLedger ledger, string tenant, int year, CancellationToken cancellation)
    {
        var verification = await CheckAsync(session, ledger, tenant, year, cancellation);
        LedgerMetrics.SealChecked(verification.Valid switch { true => "intact", false => "broken", null => "unsealed" });
        return verification;
    }

    private static async Task<YearVerification> CheckAsync(IQuerySession session, YearLedger ledger, string tenant, int year, CancellationToken cancellation)
    {
        var seals = await session.Events.QueryRawEventDataOnly<YearSealed>().Where(e => e.Year == year).ToListAsync(cancellation);
        if (seals.LastOrDefault() is not { } seal)
        {
            var (_, all) = await ledger.PageAsync(tenant, year, null, 1, 1, cancellation);
            return new YearVerification(year, false, null, (int)all, null, null, null, null);
        }

        // Streamed: a year of any size is checked in the memory of one event.
        var (recomputed, count) = await SealChain.HashAsync(seal.PreviousHash, ledger.StreamAsync(tenant, year, seal.LastSequence, null, cancellation));
        var valid = recomputed == seal.Hash && count == seal.Events;
        EventPointer? first = null;
        if (!valid)
        {
            var events = await ledger.EventsAsync(tenant, year, seal.LastSequence, null, cancellation);
            var manifest = await session.LoadAsync<SealManifest>(SealManifest.IdFor(year), cancellation);
            first = FirstDifference(SealChain.Links(seal.PreviousHash, events), manifest?.Links ?? [], events);
        }
        return new YearVerification(year, true, valid, count, seal.Hash, recomputed, seal.At, first);
    }

    /// <summary>
    /// Where the recomputed chain first leaves the sealed one: an altered event differs in its own link,
    /// a removed or inserted one shifts the sequences, and the earlier of the two is where it happened.
    /// </summary>
    public static EventPointer? FirstDifference(IReadOnlyList<SealLink> now, IReadOnlyList<SealLink> sealedLinks, IReadOnlyList<StoredEvent> events)
    {
        for (var i = 0; i < Math.Max(now.Count, sealedLinks.Count); i++)
        {
            var current = i < now.Count ? now[i] : null;
            var original = i < sealedLinks.Count ? sealedLinks[i] : null;
            if (current == original)
            {
                continue;
            }
            var sequence = Math.Min(current?.Sequence ?? long.MaxValue, original?.Sequence ?? long.MaxValue);
            var stored = events.FirstOrDefault(e => e.Sequence == sequence);
            return new EventPointer(sequence, stored?.Stream ?? "(removed)", stored?.Type ?? "(removed)");
        }
        return null;
    }
}
