using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// The streams a command about one referral moves. The referral's is fetched first: its scheme and year name
/// its year's. A command whose decision may append to the year then locks that stream (<c>SELECT … FOR
/// UPDATE</c>), so every decision about one year's slots or euros is taken on its latest state, one after the
/// other, and the lock is held only while deciding and appending; any other command only reads whether the
/// year is closed. A referral that moved in between fails the commit on its version, and the handler decides again.
/// </summary>
public sealed record ReferralStreams(
    IEventStream<Referral> Referral, IEventStream<QuotaYear>? QuotaStream, IEventStream<BudgetYear>? BudgetStream, QuotaYear? Quota, BudgetYear? Budget)
{
    /// <summary>The referral as fetched: nothing when there is no such referral in this municipality.</summary>
    public Referral? Current => Referral.Aggregate is { Id.Length: > 0 } known ? known : null;

    /// <summary>Closed is closed: a closed year takes no more decisions about its referrals.</summary>
    public bool YearClosed => Quota?.Closed == true || Budget?.Closed == true;

    /// <param name="locksYear">Whether the command's decision may append to the referral's year, so the year's stream is locked.</param>
    public static async Task<ReferralStreams> FetchAsync(
        IDocumentSession session, string referralId, Func<Referral, bool> locksYear, CancellationToken cancellation)
    {
        var referral = await session.Events.FetchForWriting<Referral>(referralId, cancellation);
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

    /// <summary>Appends what was decided, and answers with the referral as it leaves it; a refusal appends nothing.</summary>
    public async Task<Outcome<ReferralDetails>> CommitAsync(IDocumentSession session, Decision decision, CancellationToken cancellation)
    {
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, Referral, QuotaStream, BudgetStream);
        var referral = await AfterAsync(session, cancellation);
        var quota = referral.Status == ReferralStatus.Waitlisted && QuotaStream is not null
            ? await session.Events.ProjectLatest<QuotaYear>(QuotaStream.Key!, cancellation)
            : Quota;
        return ReferralDetails.From(referral, quota?.PositionOf(referral.Id));
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
        return answer(await AfterAsync(session, cancellation));
    }

    /// <summary>
    /// The referral as the command leaves it: Marten's fold of the stream as fetched and the events just
    /// appended. An outcome is kept for retries, so it holds no typed text (no trainer's name).
    /// </summary>
    private async Task<Referral> AfterAsync(IDocumentSession session, CancellationToken cancellation) =>
        await session.Events.FetchLatest<Referral>(Referral.Key!, cancellation) ?? throw new InvalidOperationException("A decided referral exists.");
}
