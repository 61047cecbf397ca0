using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Commands;

/// <summary>One event for one stream.</summary>
public readonly record struct Change(string Stream, ILedgerEvent Event);

/// <summary>A document a decision writes or removes beside its events: a registration, or personal text kept apart.</summary>
public readonly record struct DocumentChange(DocumentChangeKind Kind, object Document)
{
    public static DocumentChange Insert(object document) => new(DocumentChangeKind.Insert, document);

    public static DocumentChange Store(object document) => new(DocumentChangeKind.Store, document);

    public static DocumentChange Delete(object document) => new(DocumentChangeKind.Delete, document);
}

public enum DocumentChangeKind
{
    /// <summary>Must not exist yet: a concurrent twin that inserted it first makes this commit fail.</summary>
    Insert,
    Store,
    Delete,
}

/// <summary>
/// What a pure decision returns: the events to append, stream by stream, in order, and the documents that
/// go with them — or a refusal, in which case nothing at all is written.
/// </summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<Change> changes, IReadOnlyList<DocumentChange> documents, Refusal? refusal)
    {
        Changes = changes;
        Documents = documents;
        Refusal = refusal;
    }

    public IReadOnlyList<Change> Changes { get; }

    public IReadOnlyList<DocumentChange> Documents { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static Decision To(IEnumerable<Change> changes) => new([.. changes], [], null);

    public static Decision To(params Change[] changes) => new(changes, [], null);

    public static implicit operator Decision(Refusal refusal) => new([], [], refusal);

    /// <summary>The same decision, also writing these documents in its transaction.</summary>
    public Decision With(params DocumentChange[] documents) => IsRefused ? this : new(Changes, [.. Documents, .. documents], null);

    public IEnumerable<ILedgerEvent> On(string stream) => Changes.Where(c => c.Stream == stream).Select(c => c.Event);
}
