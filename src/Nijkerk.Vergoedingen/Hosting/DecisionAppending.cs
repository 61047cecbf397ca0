using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Hosting;

public static class DecisionAppending
{
    /// <summary>
    /// Queues a decision's events on the session. Every stream is appended with its expected version —
    /// the one it was fetched at, or, for a stream the decision reached without fetching it (a referral
    /// promoted from the waitlist), the one it has now — so a concurrent writer makes the commit fail,
    /// and the handler retry, instead of interleaving; and the inline projections see true versions.
    /// </summary>
    public static async Task AppendAsync(
        this IDocumentSession session, Decision decision, CancellationToken cancellation, params IEventStream<object>?[] fetched)
    {
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
    }
}
