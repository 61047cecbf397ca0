using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Hosting;

public static class DecisionAppending
{
    /// <summary>
    /// Queues a decision's events on the session. Streams fetched for writing keep their expected
    /// version, so a concurrent writer makes the commit fail (and the handler retry) instead of
    /// interleaving; any other stream — a referral promoted from the waitlist — is appended as is.
    /// </summary>
    public static void Append(this IDocumentSession session, Decision decision, params IEventStream<object>?[] fetched)
    {
        foreach (var change in decision.Changes)
        {
            var stream = fetched.FirstOrDefault(s => s?.Key == change.Stream);
            if (stream is not null)
            {
                stream.AppendOne(change.Event);
            }
            else
            {
                session.Events.Append(change.Stream, change.Event);
            }
        }
    }
}
