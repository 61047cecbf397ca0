using JasperFx.Events;
using Marten;
namespace Nijkerk.Vergoedingen.Commands;

public static class DecisionAppending
{
    /// <summary>
    /// Queues a decision's events and documents on the session. Every stream is appended with its expected
    /// version — the one it was fetched at, or, for a stream the decision reached without fetching it (a
    /// referral promoted from the waitlist), the one it has now — so a concurrent writer makes the commit
    /// fail, and the handler retry, instead of interleaving; and the inline projections see true versions.
    /// A refused decision queues nothing.
    /// </summary>
    public static async Task AppendAsync(
        this IDocumentSession session, Decision decision, CancellationToken cancellation, params IEventStream<object>?[] fetched)
    {
        if (decision.IsRefused)
        {
            throw new InvalidOperationException($"A refused decision is not appended: {decision.Refusal}");
        }
        foreach (var stream in decision.Changes.GroupBy(c => c.Stream))
        {
            var events = stream.Select(c => (object)c.Event).ToArray();
            if (fetched.FirstOrDefault(s => s?.Key == stream.Key) is { } handle)
            {
                handle.AppendMany(events);
            }
            else
            {
                await session.Events.AppendOptimistic(stream.Key, cancellation, events);
            }
        }
        session.WriteDocuments(decision);
    }

    /// <summary>Queues the documents of a decision whose events the handler appends itself (a stream it starts).</summary>
    public static void WriteDocuments(this IDocumentSession session, Decision decision)
    {
        foreach (var change in decision.Documents)
        {
            switch (change.Kind)
            {
                case DocumentChangeKind.Insert:
                    session.InsertObjects([change.Document]);
                    break;
                case DocumentChangeKind.Store:
                    session.StoreObjects([change.Document]);
                    break;
                case DocumentChangeKind.Delete:
                    session.DeleteObjects([change.Document]);
                    break;
            }
        }
    }
}
