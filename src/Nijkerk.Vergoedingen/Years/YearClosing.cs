using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>
/// What closing a year looks at: both schemes' streams of the year and the next, the referrals still
/// holding something in the year, the year's waitlist in order, the requests still undecided and a payment
/// batch not yet booked.
/// </summary>
public sealed record YearClosingState(
    int Year, QuotaYear? Quota, QuotaYear? NextQuota, BudgetYear? Budget, BudgetYear? NextBudget,
    IReadOnlyList<Referral> Open, IReadOnlyList<string> Waiting, IReadOnlyList<string> Requested, string? UnbookedBatch)
{
    /// <summary>
    /// The rest of what the decision looks at, beside the year streams: the closing handler reads it under the
    /// streams' locks, the year-close screen without them, to show beforehand what the decision would say.
    /// </summary>
    public static async Task<YearClosingState> ReadAsync(
        IQuerySession session, int year, QuotaYear? quota, QuotaYear? nextQuota, BudgetYear? budget, BudgetYear? nextBudget, CancellationToken cancellation)
    {
        var requested = await session.Query<ReferralView>()
            .Where(r => r.Year == year && r.Status == ReferralStatus.Requested).Select(r => r.Id).ToListAsync(cancellation);
        var openBatch = await session.Query<PaymentBatch>()
            .Where(b => !b.IsBooked && b.Items.Any(i => i.Year == year)).Select(b => b.Id).FirstOrDefaultAsync(cancellation);
        var open = await session.Query<ReferralView>()
            .Where(r => r.Year == year && (r.Status == ReferralStatus.Reserved || r.Status == ReferralStatus.Scheduled
                || r.Status == ReferralStatus.Waitlisted || r.Committed > 0m)).ToListAsync(cancellation);
        var waiting = await WaitingLine.AllAsync(session, quota, cancellation);
        return new YearClosingState(year, quota, nextQuota, budget, nextBudget, open, waiting, requested, openBatch);
    }
}

/// <summary>
/// Closing a year, and its carry-over rule. Nothing open is lost when a year closes, and nothing is
/// released behind a couple's back: every open reservation and every open commitment moves to the next
/// year, which must have room for it (else the close is refused and nothing is appended); the waitlist
/// follows, in order, taking any slot still free next year. Each move names the referral and both years.
/// </summary>
public static class YearClosing
{
    public static Decision Decide(YearClosingState state, int defaultCapacity, Actor actor, Instant now)
    {
        if (NotOver(state.Year, now) is { } early)
        {
            return early;
        }
        // Closed once: asked again, the close is done already.
        if (state.Quota?.Closed == true)
        {
            return Decision.To();
        }
        if ((Undecided(state) ?? Unbooked(state)) is { } refusal)
        {
            return refusal;
        }
        var quota = CarryQuota(state, defaultCapacity, actor, now);
        if (quota.IsRefused)
        {
            return quota;
        }
        var budget = CarryBudget(state, actor, now);
        if (budget.IsRefused)
        {
            return budget;
        }
        return Decision.To([.. quota.Changes, .. budget.Changes, .. Close(state.Year, actor, now)]);
    }

    /// <summary>A year closes from 1 January of the next, in Europe/Amsterdam.</summary>
    public static Refusal? NotOver(int year, Instant now) => year >= Amsterdam.YearOf(now)
        ? Refusal.InvalidTransition($"{year} is not over yet in Europe/Amsterdam; it can be closed from 1 January {year + 1}.")
        : null;

    /// <summary>Every request of the year is approved or rejected before its figures are frozen.</summary>
    private static Refusal? Undecided(YearClosingState state) => state.Requested.Count == 0
        ? null
        : Refusal.InvalidTransition($"{state.Requested.Count} referrals of {state.Year} still wait for a decision; approve or reject them first.")
            with { Referrals = state.Requested };

    /// <summary>Money on its way to the bank is booked before the year's payments are frozen.</summary>
    private static Refusal? Unbooked(YearClosingState state) => state.UnbookedBatch is { } batch
        ? Refusal.InvalidTransition($"Payment batch {batch} holds payments of {state.Year}; book it first.")
        : null;

    /// <summary>Open reservations keep a slot next year; the waitlist follows, in order.</summary>
    private static Decision CarryQuota(YearClosingState state, int defaultCapacity, Actor actor, Instant now)
    {
        var (year, hmv) = (state.Year, Scheme.HoudMeVast);
        var reason = CarryReason(year);
        var (q, quotaOpening) = QuotaRules.OpenOnFirstUse(state.Quota, hmv, year, defaultCapacity, actor, now);
        var (nq, nextQuotaOpening) = QuotaRules.OpenOnFirstUse(state.NextQuota, hmv, year + 1, defaultCapacity, actor, now);
        var reserved = state.Open.Where(r => r.Scheme == hmv && r.Status is ReferralStatus.Reserved or ReferralStatus.Scheduled)
            .OrderBy(r => r.RequestedAt).ToList();
        var waiting = state.Waiting.Where(id => state.Open.Any(r => r.Id == id)).ToList();
        if (reserved.Count > nq.Available)
        {
            return new Refusal(ProblemCodes.CapacityBelowUse,
                $"{reserved.Count} reservations of {year} move to {year + 1}, which has {nq.Available} slots free; raise its quota first.");
        }
        var changes = new List<Change>(quotaOpening);
        if (reserved.Count + waiting.Count > 0)
        {
            changes.AddRange(nextQuotaOpening);
        }
        foreach (var referral in reserved)
        {
            var carried = new ReferralCarriedOver(referral.Id, hmv, year, year + 1, 0m, reason, actor.User, actor.Role, now);
            var kept = new SlotReserved(referral.Id, hmv, year + 1, false, actor.User, actor.Role, now) { CarriedFrom = year };
            changes.AddRange([new(q.Id, carried), new(referral.Id, carried), new(nq.Id, kept)]);
            nq = nq.Then(kept);
        }
        foreach (var id in waiting)
        {
            var carried = new ReferralCarriedOver(id, hmv, year, year + 1, 0m, reason, actor.User, actor.Role, now);
            var outcome = QuotaRules.ReserveOrWaitlist(nq, id, actor, now);
            changes.AddRange([new(q.Id, carried), new(id, carried), new(nq.Id, outcome), new(id, outcome)]);
            nq = nq.Then(outcome);
        }
        return Decision.To(changes);
    }

    /// <summary>Open commitments move to next year's budget, which must cover them.</summary>
    private static Decision CarryBudget(YearClosingState state, Actor actor, Instant now)
    {
        var (year, bb) = (state.Year, Scheme.BijzondereBijstand);
        var (b, budgetOpening) = BudgetRules.OpenOnFirstUse(state.Budget, bb, year, actor, now);
        var (nb, nextBudgetOpening) = BudgetRules.OpenOnFirstUse(state.NextBudget, bb, year + 1, actor, now);
        var committed = state.Open.Where(r => r.Scheme == bb && r.Committed > 0m).OrderBy(r => r.RequestedAt).ToList();
        var total = committed.Sum(r => r.Committed);
        if (total > nb.Available)
        {
            return new Refusal(ProblemCodes.BudgetExhausted,
                $"{Amount.Format(total)} of open commitments of {year} move to {year + 1}, whose budget has {Amount.Format(nb.Available)} available; raise it first.");
        }
        var changes = new List<Change>(budgetOpening);
        if (committed.Count > 0)
        {
            changes.AddRange(nextBudgetOpening);
        }
        foreach (var referral in committed)
        {
            var carried = new ReferralCarriedOver(referral.Id, bb, year, year + 1, referral.Committed, CarryReason(year), actor.User, actor.Role, now);
            var kept = new FundsCommitted(referral.Id, bb, year + 1, referral.Committed, actor.User, actor.Role, now);
            changes.AddRange([new(b.Id, carried), new(referral.Id, carried), new(nb.Id, kept)]);
        }
        return Decision.To(changes);
    }

    private static IEnumerable<Change> Close(int year, Actor actor, Instant now)
    {
        var closing = $"Year {year} closed";
        yield return new(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year),
            new YearClosed(Scheme.BijzondereBijstand, year, closing, actor.User, actor.Role, now));
        yield return new(QuotaYear.StreamKey(Scheme.HoudMeVast, year), new YearClosed(Scheme.HoudMeVast, year, closing, actor.User, actor.Role, now));
    }

    private static string CarryReason(int year) => $"Carried over when {year} was closed";
}
