using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;

namespace Nijkerk.Vergoedingen.Years;

public sealed record SealYear(int Year, Actor Actor) : ICommand;

/// <summary>
/// Seals a closed year over everything up to its close: the chain's last hash goes onto both year
/// streams, each link into the manifest that lets a broken seal point at the first changed event.
/// </summary>
public static class SealYearHandler
{
    public static async Task<Answer> Handle(SealYear command, IDocumentSession session, IClock clock, YearLedger ledger, CancellationToken cancellation)
    {
        var year = command.Year;
        var quota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year), cancellation);
        if (quota.Aggregate?.Seal is { } seal)
        {
            return Answer.Done(new YearSealAnswer(year, seal.SealedAt, seal.Hash, seal.Events));
        }
        if (quota.Aggregate?.Closed != true)
        {
            return Refusal.InvalidTransition($"{year} is not closed; close it first.");
        }
        var closed = session.DocumentStore.EventTypeName<YearClosed>();
        var previous = (await session.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year - 1), cancellation))?.Seal?.Hash;
        // Streamed: only the links are kept, for the manifest; they end at the year's close.
        var (chain, hash, last, sealedCount) = (new List<SealLink>(), previous ?? "", 0L, 0);
        await foreach (var e in ledger.StreamAsync(session.TenantId!, year, null, null, cancellation))
        {
            hash = SealChain.Next(hash, e);
            chain.Add(new SealLink(e.Sequence, hash));
            if (e.Type == closed)
            {
                (last, sealedCount) = (e.Sequence, chain.Count);
            }
        }
        var links = chain[..sealedCount];
        (hash, var now) = (links[^1].Hash, clock.GetCurrentInstant());
        quota.AppendOne(new YearSealed(Scheme.HoudMeVast, year, hash, links.Count, last, previous, command.Actor.User, command.Actor.Role, now));
        await session.Events.AppendOptimistic(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year), cancellation,
            new YearSealed(Scheme.BijzondereBijstand, year, hash, links.Count, last, previous, command.Actor.User, command.Actor.Role, now));
        session.Store(new SealManifest(SealManifest.IdFor(year), hash, links));
        return Answer.Done(new YearSealAnswer(year, now, hash, links.Count));
    }
}
