using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>
/// The carry-over rule. Nothing open is lost when a year closes, and nothing is released behind a
/// couple's back: every open reservation and every open commitment moves to the next year, which must
/// have room for it (else the close is refused and nothing is appended); the waitlist follows, in order,
/// taking any slot still free next year. Each move names the referral and both years.
/// </summary>
public static class YearClosing
{
    public static Decision Decide(
        int year, QuotaYear? quota, QuotaYear? nextQuota, BudgetYear? budget, BudgetYear? nextBudget,
        IReadOnlyList<Referral> open, int defaultCapacity, Actor actor, Instant now)
    {
        var reason = $"Carried over when {year} was closed";
        var changes = new List<Change>();
        var hmv = Scheme.HoudMeVast.Slug;
        var bb = Scheme.BijzondereBijstand.Slug;

        var (q, quotaOpening) = QuotaRules.OpenOnFirstUse(quota, hmv, year, defaultCapacity, actor, now);
        var (nq, nextQuotaOpening) = QuotaRules.OpenOnFirstUse(nextQuota, hmv, year + 1, defaultCapacity, actor, now);
        var reserved = open.Where(r => r.Scheme == hmv && r.Status is ReferralStatus.Reserved or ReferralStatus.Scheduled)
            .OrderBy(r => r.RequestedAt).ToList();
        var waiting = q.Waitlist.Where(id => open.Any(r => r.Id == id)).ToList();
        if (reserved.Count > nq.Available)
        {
            return new Refusal(ProblemCodes.CapacityBelowUse,
                $"{reserved.Count} reservations of {year} move to {year + 1}, which has {nq.Available} slots free; raise its quota first.");
        }
        changes.AddRange(quotaOpening);
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

        var (b, budgetOpening) = BudgetRules.OpenOnFirstUse(budget, bb, year, actor, now);
        var (nb, nextBudgetOpening) = BudgetRules.OpenOnFirstUse(nextBudget, bb, year + 1, actor, now);
        var committed = open.Where(r => r.Scheme == bb && r.Committed > 0m).OrderBy(r => r.RequestedAt).ToList();
        var total = committed.Sum(r => r.Committed);
        if (total > nb.Available)
        {
            return new Refusal(ProblemCodes.BudgetExhausted,
                $"{Amount.Format(total)} of open commitments of {year} move to {year + 1}, whose budget has {Amount.Format(nb.Available)} available; raise it first.");
        }
        changes.AddRange(budgetOpening);
        if (committed.Count > 0)
        {
            changes.AddRange(nextBudgetOpening);
        }
        foreach (var referral in committed)
        {
            var carried = new ReferralCarriedOver(referral.Id, bb, year, year + 1, referral.Committed, reason, actor.User, actor.Role, now);
            var kept = new Budgets.FundsCommitted(referral.Id, bb, year + 1, referral.Committed, actor.User, actor.Role, now);
            changes.AddRange([new(b.Id, carried), new(referral.Id, carried), new(nb.Id, kept)]);
        }

        var closing = $"Year {year} closed";
        changes.Add(new(b.Id, new YearClosed(bb, year, closing, actor.User, actor.Role, now)));
        changes.Add(new(q.Id, new YearClosed(hmv, year, closing, actor.User, actor.Role, now)));
        return Decision.To(changes);
    }
}
