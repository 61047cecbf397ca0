using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;

namespace Nijkerk.Vergoedingen.Years;

public sealed record SealYear(int Year, Actor Actor) : ICommand<YearSealAnswer>;

/// <summary>
/// Seals a closed year over everything up to its close: the chain's last hash goes onto both year
/// streams, each link into the manifest that lets a broken seal point at the first changed event.
/// </summary>
public static class SealYearHandler
{
    public static async Task<Outcome<YearSealAnswer>> Handle(
        SealYear command, IDocumentSession session, IClock clock, YearLedger ledger, CancellationToken cancellation)
    {
        var quota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, command.Year), cancellation);
        var links = new List<SealLink>();
        var previous = (await session.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, command.Year - 1), cancellation))?.Seal?.Hash;
        if (quota.Aggregate is { Closed: true, Seal: null })
        {
            // Streamed: only the links are kept, for the manifest; they end at the year's close.
            var (hash, closed) = (previous ?? "", session.DocumentStore.EventTypeName<YearClosed>());
            var chain = new List<SealLink>();
            await foreach (var e in ledger.StreamAsync(session.TenantId!, command.Year, null, null, cancellation))
            {
                hash = SealChain.Next(hash, e);
                chain.Add(new SealLink(e.Sequence, hash));
                if (e.Type == closed)
                {
                    links = chain[..];
                }
            }
        }
        var decision = Decide(quota.Aggregate, command, links, previous, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, quota);
        var seal = (await session.Events.ProjectLatest<QuotaYear>(quota.Key!, cancellation))!.Seal!;
        return new YearSealAnswer(command.Year, seal.SealedAt, seal.Hash, seal.Events);
    }

    /// <summary>
    /// A closed year is sealed once, over the links of its events up to its close, on the streams of both
    /// schemes; asked again, the seal it has is the answer. A year that is not closed cannot be sealed.
    /// </summary>
    public static Decision Decide(QuotaYear? year, SealYear command, IReadOnlyList<SealLink> links, string? previous, Instant now)
    {
        if (year?.Seal is not null)
        {
            return Decision.To();
        }
        if (year?.Closed != true || links.Count == 0)
        {
            return Refusal.InvalidTransition($"{command.Year} is not closed; close it first.");
        }
        var (hash, last, actor) = (links[^1].Hash, links[^1].Sequence, command.Actor);
        YearSealed Sealed(Scheme scheme) => new(scheme, command.Year, hash, links.Count, last, previous, actor.User, actor.Role, now);
        return Decision.To(
                new Change(QuotaYear.StreamKey(Scheme.HoudMeVast, command.Year), Sealed(Scheme.HoudMeVast)),
                new Change(BudgetYear.StreamKey(Scheme.BijzondereBijstand, command.Year), Sealed(Scheme.BijzondereBijstand)))
            .With(DocumentChange.Store(new SealManifest(SealManifest.IdFor(command.Year), hash, links)));
    }
}
