using Marten;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Privacy;
using NodaTime;

namespace Nijkerk.Vergoedingen.Retention;

/// <summary>
/// An erasure asked for and never confirmed ends too: its reason may name who asked, so once it has waited
/// the retention period its reason is erased and the request lapses.
/// </summary>
public static class LapseUnconfirmedErasures
{
    public static async Task<int> RunAsync(IDocumentSession session, Instant cutoff, Actor actor, Instant now, int most, CancellationToken cancellation)
    {
        var waiting = await session.Query<Erasure>().Where(e => e.Status == ErasureStatus.Requested).ToListAsync(cancellation);
        var lapsed = 0;
        foreach (var erasure in waiting)
        {
            if (lapsed == most)
            {
                break;
            }
            var events = await session.Events.FetchStreamAsync(erasure.Id, token: cancellation);
            if (events.FirstOrDefault()?.Data is not ErasureRequested asked)
            {
                continue;
            }
            var reason = await session.LoadAsync<PersonalText>(asked.Reason.Id, cancellation);
            var decision = Decide(erasure, asked, reason, cutoff, actor, now);
            if (decision.Changes.Count == 0)
            {
                continue;
            }
            // Appended at the version read: a confirmation at the same moment makes one of the two fail and go again.
            await session.AppendAsync(decision, cancellation, await session.Events.FetchForWriting<Erasure>(erasure.Id, events[^1].Version, cancellation));
            lapsed++;
        }
        return lapsed;
    }

    /// <summary>A request still waiting since before <paramref name="cutoff"/> lapses, erasing its reason; any other is left alone.</summary>
    public static Decision Decide(Erasure erasure, ErasureRequested asked, PersonalText? reason, Instant cutoff, Actor actor, Instant now)
    {
        if (erasure.Status != ErasureStatus.Requested || asked.At >= cutoff)
        {
            return Decision.To();
        }
        var documents = Erasure.Erase(reason is null ? [] : [reason], []);
        return Decision.To(new Change(erasure.Id,
                new ErasureRequestLapsed(erasure.ErasureId, erasure.CaseReference, documents.Length, actor.User, actor.Role, now)))
            .With(documents);
    }
}
