namespace Nijkerk.Vergoedingen.Common;

/// <summary>One event for one stream.</summary>
public readonly record struct Change(string Stream, ILedgerEvent Event);

/// <summary>
/// What a pure decision returns: the events to append, stream by stream, in order — or a refusal, in
/// which case nothing is appended at all.
/// </summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<Change> changes, Refusal? refusal)
    {
        Changes = changes;
        Refusal = refusal;
    }

    public IReadOnlyList<Change> Changes { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static Decision To(IEnumerable<Change> changes) => new([.. changes], null);

    public static Decision To(params Change[] changes) => new(changes, null);

    public static implicit operator Decision(Refusal refusal) => new([], refusal);

    public IEnumerable<ILedgerEvent> On(string stream) => Changes.Where(c => c.Stream == stream).Select(c => c.Event);
}
