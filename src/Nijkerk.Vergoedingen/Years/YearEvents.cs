using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Years;

// Events of closing a year, appended to the year streams of both schemes; the carry-over also to the
// referral's own stream.

/// <summary>
/// An open reservation, waitlist place or commitment moves from a closing year to the next. On the old
/// year it frees what the referral held; the next year records what it takes in its own events.
/// </summary>
public sealed record ReferralCarriedOver(
    string ReferralId, Scheme Scheme, int FromYear, int ToYear, decimal Amount, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

/// <summary>Nothing that changes this year's quota or budget can be appended after this.</summary>
public sealed record YearClosed(Scheme Scheme, int Year, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>
/// The seal: a SHA-256 chained over the canonical form of every event of the year, in sequence order,
/// up to and including <see cref="LastSequence"/>. <see cref="PreviousHash"/> is the seal of the year
/// before, so rewriting an old year also breaks every later seal.
/// </summary>
public sealed record YearSealed(
    Scheme Scheme, int Year, string Hash, int Events, long LastSequence, string? PreviousHash, string By, string Role, Instant At)
    : ILedgerEvent;

/// <summary>The seal as the year streams keep it.</summary>
public sealed record Seal(string Hash, int Events, long LastSequence, Instant SealedAt);
