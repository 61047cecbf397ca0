using JasperFx.Events;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Infrastructure;
using NodaTime;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// A referral as screens, lists, reports and retention read it: the referral's own facts, folded as its
/// decisions fold them, and what only queries need — when it was requested and ended (sortable), for which
/// year it was requested, when it was approved, and the digest of the trainer typed when it was scheduled.
/// Kept inline, so a user reads their own write; stored where the referrals have always been (<c>mt_doc_referral</c>).
/// </summary>
public sealed record ReferralView : Referral
{
    public Instant? ApprovedAt { get; init; }

    /// <summary>The year the training was requested for; <see cref="Referral.Year"/> moves on when the referral is carried over.</summary>
    public int RequestYear { get; init; }

    /// <summary>Who gives the training, as typed when it was scheduled: a personal text, so only its digest.</summary>
    public TextDigest? Provider { get; init; }

    /// <summary>A sortable copy of <see cref="Referral.RequestedAt"/>: queries cannot compare NodaTime values.</summary>
    public long RequestedAtUnixMs { get; init; }

    /// <summary>When the referral was closed, withdrawn or rejected: its personal data are kept for a number of years after.</summary>
    public long? EndedAtUnixMs { get; init; }

    /// <summary>The view after one more event: the referral's own fold, and what the queries keep beside it.</summary>
    public ReferralView? Then(object e) => Evolve(e) is not ReferralView next ? null : e switch
    {
        TrainingRequested x => next with { RequestYear = x.Year, RequestedAtUnixMs = x.At.ToUnixTimeMilliseconds() },
        ReferralApproved x => next with { ApprovedAt = x.At },
        TrainingScheduled x => next with { Provider = x.Provider },
        ReferralRejected or ReferralWithdrawn or ReferralClosed => next with { EndedAtUnixMs = ((ILedgerEvent)e).At.ToUnixTimeMilliseconds() },
        _ => next,
    };
}

/// <summary>Keeps every referral's view in step with its stream, through the events the referral's fold takes in.</summary>
public sealed class ReferralViewProjection() : StreamFold<ReferralView>(Folds.EventTypesOf<Referral>(), key => YearStream.KindOf(key) is null)
{
    public override ReferralView? Evolve(ReferralView? snapshot, string id, IEvent e) => (snapshot ?? new ReferralView()).Then(e.Data);
}
