using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Quotas;
using Wolverine;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// The streams a command on one referral may move: the referral's own, and its year's. The referral is
/// read first, without a lock (its scheme and year, which never change, name the year); then the year
/// stream is locked, so every decision about one year's slots or euros is taken with the latest state,
/// one after the other, and the lock is held only while deciding and appending. A referral that moved
/// in between fails the commit on its version, and the handler decides again.
/// </summary>
public sealed class ReferralWork
{
    private readonly CancellationToken _cancellation;

    private ReferralWork(IEventStream<Referral> referral, IEventStream<QuotaYear>? quota, IEventStream<BudgetYear>? budget, CancellationToken cancellation)
    {
        Referral = referral;
        Quota = quota;
        Budget = budget;
        _cancellation = cancellation;
    }

    public IEventStream<Referral> Referral { get; }

    public IEventStream<QuotaYear>? Quota { get; }

    public IEventStream<BudgetYear>? Budget { get; }

    /// <summary>Whether the last decision was appended (not refused, and its year not closed).</summary>
    public bool Committed { get; private set; }

    public static async Task<ReferralWork?> LoadAsync(IDocumentSession session, string referralId, CancellationToken cancellation)
    {
        // One connection from the first read to the commit: the session would otherwise take one from the
        // pool for the referral's read and another for the transaction, each reset on its way back.
        await session.BeginTransactionAsync(cancellation);
        var referral = await session.Events.FetchForWriting<Referral>(referralId, cancellation);
        if (referral.Aggregate is not { } known)
        {
            return null;
        }
        IEventStream<QuotaYear>? quota = null;
        IEventStream<BudgetYear>? budget = null;
        if (known.Scheme.Kind == SchemeKind.Quota)
        {
            quota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(known.Scheme, known.Year), cancellation);
        }
        else
        {
            budget = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(known.Scheme, known.Year), cancellation);
        }
        return new ReferralWork(referral, quota, budget, cancellation);
    }

    /// <summary>
    /// The whole of most referral commands: load the referral and lock its year, decide, append, answer.
    /// An unknown id, or one of another municipality, is not found.
    /// </summary>
    public static async Task<Answer> RunAsync(
        IDocumentSession session, string referralId, CancellationToken cancellation, Func<ReferralWork, Decision> decide,
        Func<Referral, QuotaYear?, Answer>? answer = null)
    {
        if (await LoadAsync(session, referralId, cancellation) is not { } work)
        {
            return Refusal.NotFound("Referral");
        }
        var decision = decide(work);
        return answer is null ? await work.CommitAsync(session, decision) : await work.CommitAsync(session, decision, answer);
    }

    /// <summary>The foundation notices and expiry deadlines of the slots the appended decision reserved.</summary>
    public OutgoingMessages FollowUps(Decision decision, TimeSpan expiry) =>
        Committed ? SlotFollowUps.For(decision, _ => Quota?.Aggregate, expiry) : [];

    /// <summary>
    /// Appends what was decided and answers with the referral as it now stands — without the trainer's name:
    /// an answer is kept for retries, and typed text is kept only where it can be erased.
    /// </summary>
    public Task<Answer> CommitAsync(IDocumentSession session, Decision decision) => CommitAsync(session, decision, (referral, quota) =>
        Answer.Done(ReferralDetails.From(referral, quota?.PositionOf(referral.Id))));

    /// <summary>
    /// Appends what was decided, with its documents, and answers from the referral and its quota year as
    /// they now stand. On a closed year, or when the decision refused, nothing at all is written.
    /// </summary>
    public async Task<Answer> CommitAsync(IDocumentSession session, Decision decision, Func<Referral, QuotaYear?, Answer> answer)
    {
        if (await AppendAsync(session, decision) is { } refusal)
        {
            return refusal;
        }
        var (referral, quota) = After(decision);
        return answer(referral, quota);
    }

    /// <summary>Appends, unless the year is closed or the decision refused: then nothing at all is written, and this says why.</summary>
    private async Task<Refusal?> AppendAsync(IDocumentSession session, Decision decision)
    {
        if (Quota?.Aggregate?.Closed == true || Budget?.Aggregate?.Closed == true)
        {
            return Years.YearRules.Closed(Referral.Aggregate!.Year);
        }
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, _cancellation, Referral, Quota, Budget);
        Committed = true;
        return null;
    }

    private (Referral Referral, QuotaYear? Quota) After(Decision decision) => (
        Referrals.Referral.Fold(Referral.Aggregate, decision.On(Referral.Key!))!,
        Quota is null ? null : QuotaYear.Fold(Quota.Aggregate, decision.On(Quota.Key!)));
}
