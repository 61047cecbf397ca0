using JasperFx.Events;
using Marten.Events.Aggregation;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// Keeps an aggregate's snapshot with the same fold the decisions use. Some events sit on two kinds of
/// stream (a reservation is on the referral's and on the year's): a fold that does not start with its
/// own opening event gives nothing, so a stream of the other kind never gets a snapshot of this type.
/// </summary>
public abstract class FoldProjection<T> : SingleStreamProjection<T, string> where T : class
{
    protected FoldProjection(Func<T?, IEnumerable<ILedgerEvent>, T?> fold, params Type[] events)
    {
        Fold = fold;
        // A rebuild reads the events in pages of this size: larger pages, fewer round trips and batches.
        Options.BatchSize = 5_000;
        foreach (var type in events)
        {
            IncludeType(type);
        }
    }

    private Func<T?, IEnumerable<ILedgerEvent>, T?> Fold { get; }

    public override T? Evolve(T? snapshot, string id, IEvent e) =>
        e.Data is ILedgerEvent data ? Fold(snapshot, [data]) : snapshot;
}
