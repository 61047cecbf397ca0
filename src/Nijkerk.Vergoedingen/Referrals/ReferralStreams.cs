using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// The streams a command about one referral moves. The referral's is fetched first, from its stored view (the
/// decisions see it as a <see cref="Referrals.Referral"/>; the inline fold then takes it from the session instead
/// of reading it again): its scheme and year name its year's. A command whose decision may append to the year then locks that stream (<c>SELECT … FOR
/// UPDATE</c>), so every decision about one year's slots or euros is taken on its latest state, one after the
/// other, and the lock is held only while deciding and appending; any other command only reads whether the
/// year is closed. A referral that moved in between fails the commit on its version, and the handler decides again.
/// </summary>
public sealed record ReferralStreams(
    IEventStream<ReferralView> Referral, IEventStream<QuotaYear>? QuotaStream, IEventStream<BudgetYear>? BudgetStream, QuotaYear? Quota, BudgetYear? Budget)
{
    /// <summary>The referral as fetched: nothing when there is no such referral in this municipality.</summary>
    public Referral? Current => Referral.Aggregate is { Id.Length: > 0 } known ? known : null;

    /// <summary>The referral's houd-me-vast year as fetched, with what was appended to its stream since (in a group, by the approvals before).</summary>
    public QuotaYear? QuotaNow => QuotaStream is { Events.Count: > 0 } ? QuotaYear.Fold(Quota, QuotaStream.Events.Select(e => (ILedgerEvent)e.Data)) : Quota;

    /// <summary>The referral's money year as fetched, with what was appended to its stream since.</summary>
    public BudgetYear? BudgetNow => BudgetStream is { Events.Count: > 0 } ? BudgetYear.Fold(Budget, BudgetStream.Events.Select(e => (ILedgerEvent)e.Data)) : Budget;

    /// <summary>Closed is closed: a closed year takes no more decisions about its referrals.</summary>
    public bool YearClosed => Quota?.Closed == true || Budget?.Closed == true;

    /// <param name="locksYear">Whether the command's decision may append to the referral's year, so the year's stream is locked.</param>
    public static async Task<ReferralStreams> FetchAsync(
        IDocumentSession session, string referralId, Func<Referral, bool> locksYear, CancellationToken cancellation)
    {
        var referral = await session.Events.FetchForWriting<ReferralView>(referralId, cancellation);
        if (referral.Aggregate is not { Id.Length: > 0 } known)
        {
            return new(referral, null, null, null, null);
        }
        var (key, lockYear) = (known.Scheme.YearStream(known.Year).Key, locksYear(known));
        if (known.Scheme.Kind == SchemeKind.Quota)
        {
            var quota = lockYear ? await session.Events.FetchForExclusiveWriting<QuotaYear>(key, cancellation) : null;
            return new(referral, quota, null, quota is null ? await session.LoadAsync<QuotaYear>(key, cancellation) : quota.Aggregate, null);
        }
        var budget = lockYear ? await session.Events.FetchForExclusiveWriting<BudgetYear>(key, cancellation) : null;
        return new(referral, null, budget, null, budget is null ? await session.LoadAsync<BudgetYear>(key, cancellation) : budget.Aggregate);
    }

    /// <summary>
    /// Who gets the slot this command may free: the first in its year's line, read under the year's lock, when the
    /// referral holds a slot and someone waits; else nobody, and nothing is read.
    /// </summary>
    public async Task<IReadOnlyList<string>> FirstInLineAsync(IDocumentSession session, CancellationToken cancellation) =>
        Current is { Status: ReferralStatus.Reserved or ReferralStatus.Scheduled } ? await WaitingLine.FirstAsync(session, Quota, 1, cancellation) : [];

    /// <summary>Several referrals for writing, in one round trip.</summary>
    public static async Task<IReadOnlyList<IEventStream<ReferralView>>> FetchManyAsync(
        IDocumentSession session, IEnumerable<string> referralIds, CancellationToken cancellation)
    {
        var batch = session.CreateBatchQuery();
        var fetches = referralIds.Select(id => batch.Events.FetchForWriting<ReferralView>(id)).ToList();
        if (fetches.Count > 0)
        {
            await batch.Execute(cancellation);
        }
        return await Task.WhenAll(fetches);
    }

    /// <summary>Appends what was decided, and answers with the referral as it leaves it; a refusal appends nothing.</summary>
    public async Task<Outcome<ReferralDetails>> CommitAsync(IDocumentSession session, Decision decision, CancellationToken cancellation)
    {
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, Referral, QuotaStream, BudgetStream);
        var referral = After();
        // Only a waiting referral has a place in the line: the end of it when this command put it there.
        var position = referral.Status != ReferralStatus.Waitlisted ? null
            : Referral.Events.Select(e => e.Data).OfType<ReferralWaitlisted>().LastOrDefault()?.Position
              ?? await WaitingLine.PositionOfAsync(session, referral, cancellation);
        return ReferralDetails.From(referral, position);
    }

    /// <summary>Appends what was decided, and answers from the referral as it leaves it; a refusal appends nothing.</summary>
    public async Task<Outcome<T>> CommitAsync<T>(IDocumentSession session, Decision decision, Func<Referral, T> answer, CancellationToken cancellation)
        where T : class
    {
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, Referral, QuotaStream, BudgetStream);
        return answer(After());
    }

    /// <summary>
    /// The referral as the command leaves it: the view it was fetched as, with the events just appended folded in
    /// as its inline projection folds them at commit. (Marten's <c>ProjectLatest</c> does the same, but drops the
    /// fetched view from the session, and the projection would read it again.) An outcome is kept for retries,
    /// so it holds no typed text (no trainer's name).
    /// </summary>
    private ReferralView After() =>
        Referral.Events.Aggregate(Referral.Aggregate!, (view, e) => view.Then(e.Data) ?? view) with { Version = Referral.CurrentVersion ?? 0 };
}
