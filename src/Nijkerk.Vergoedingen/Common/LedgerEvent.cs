using NodaTime;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// Every event says who did it, in which role, and when. The names are the same on every event so the
/// audit trail reads them without knowing each type.
/// </summary>
public interface ILedgerEvent
{
    string By { get; }

    string Role { get; }

    Instant At { get; }
}

/// <summary>An event that records a decision, and therefore why it was taken, in words the ledger itself chose.</summary>
public interface IReasonedEvent : ILedgerEvent
{
    string Reason { get; }
}

/// <summary>
/// A decision whose reason a person typed: the event keeps only the digest of that text, which lives in an
/// erasable <see cref="PersonalText"/>.
/// </summary>
public interface IStatedEvent : ILedgerEvent
{
    TextDigest Reason { get; }
}
