using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// A document kept inline from one kind of stream, through the events its aggregate's <c>Evolve</c> takes in.
/// Some events go to two kinds of stream (a slot to the referral's and to its year's); by their types alone
/// Marten would look for this document under every stream that got one. Here only the streams it is made from
/// reach the inline fold: no load looks for a document that cannot exist, and one the command already fetched
/// for writing is taken from the session instead of being read again. Marten's rebuild folds every stream, as before;
/// the ledger's own (<c>rebuild-read-models</c>) folds only these, as the inline fold does.
/// </summary>
public abstract class StreamFold<TDoc> : SingleStreamProjection<TDoc, string>, IStreamFold where TDoc : class
{
    private readonly Func<string, bool> _foldsFrom;

    /// <param name="eventTypes">The events the fold takes in (<see cref="Folds.EventTypesOf{T}"/>).</param>
    /// <param name="foldsFrom">Whether a stream, by its key, is one this document is made from.</param>
    protected StreamFold(IEnumerable<Type> eventTypes, Func<string, bool> foldsFrom)
    {
        _foldsFrom = foldsFrom;
        foreach (var type in eventTypes)
        {
            IncludeType(type);
        }
        Folds.InLargePages(Options);
    }

    /// <summary>Whether a stream, by its key, is one this document is made from: the inline fold sees no other.</summary>
    public bool FoldsFrom(string streamKey) => _foldsFrom(streamKey);

    protected override IInlineProjection<IDocumentOperations> buildForInline() => new OwnStreams(base.buildForInline(), _foldsFrom);

    private sealed class OwnStreams(IInlineProjection<IDocumentOperations> fold, Func<string, bool> foldsFrom) : IInlineProjection<IDocumentOperations>
    {
        public Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation) =>
            fold.ApplyAsync(operations, streams.Where(s => s.Key is { } key && foldsFrom(key)), cancellation);
    }
}

/// <summary>A projection that folds only some streams, by their keys.</summary>
public interface IStreamFold
{
    bool FoldsFrom(string streamKey);
}
