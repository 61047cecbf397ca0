using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Years;
using static Nijkerk.Vergoedingen.Tests.Support.Given;

namespace Nijkerk.Vergoedingen.Tests.Years;

public class YearClosingDecisionTests
{
    private static string NextQuotaKey => QuotaYear.StreamKey(HoudMeVast, 2027);

    private static string NextBudgetKey => BudgetYear.StreamKey(BijzondereBijstand, 2027);

    [Fact]
    public void An_open_reservation_moves_to_next_year_and_frees_its_slot_in_the_old_one()
    {
        var referral = Referral(Requested("r1"), Approved("r1"), Reserved("r1"));

        var decision = YearClosing.Decide(2026, Quota(10, Reserved("r1")), null, null, null, [referral], 10, Bob, Now);

        var carried = Assert.IsType<ReferralCarriedOver>(decision.On("r1").Single());
        Assert.Equal((2026, 2027), (carried.FromYear, carried.ToYear));
        Assert.Equal(0, QuotaYear.Fold(Quota(10, Reserved("r1")), decision.On(QuotaKey))!.Reserved);
        var next = QuotaYear.Fold(null, decision.On(NextQuotaKey))!;
        Assert.Equal((1, 9), (next.Reserved, next.Available));
        Assert.Equal(2027, Vergoedingen.Referrals.Referral.Fold(referral, decision.On("r1"))!.Year);
    }

    [Fact]
    public void The_waitlist_follows_in_order_and_takes_free_slots_next_year()
    {
        var w1 = Referral(Requested("w1"), Approved("w1"), Waitlisted("w1", 1));
        var w2 = Referral(Requested("w2"), Approved("w2"), Waitlisted("w2", 2));
        var year = Quota(1, Reserved("a"), Waitlisted("w1", 1), Waitlisted("w2", 2));
        var nextYear = Quota(1) with { Id = NextQuotaKey, Year = 2027 };

        var decision = YearClosing.Decide(2026, year, nextYear, null, null, [w1, w2], 10, Bob, Now);

        Assert.IsType<SlotReserved>(decision.On("w1").Last());
        Assert.Equal(1, Assert.IsType<ReferralWaitlisted>(decision.On("w2").Last()).Position);
        Assert.Empty(QuotaYear.Fold(year, decision.On(QuotaKey))!.Waitlist);
    }

    [Fact]
    public void Reservations_that_do_not_fit_next_years_quota_refuse_the_close()
    {
        var referral = Referral(Requested("r1"), Approved("r1"), Reserved("r1"));
        var full = Quota(0) with { Id = NextQuotaKey, Year = 2027 };

        var decision = YearClosing.Decide(2026, Quota(10, Reserved("r1")), full, null, null, [referral], 10, Bob, Now);

        Assert.Equal(ProblemCodes.CapacityBelowUse, decision.Refusal?.Code);
        Assert.Empty(decision.Changes);
    }

    [Fact]
    public void Open_commitments_move_to_next_years_budget_when_it_has_room()
    {
        var referral = Referral(RequestedMoney("m1", 1450m, 200m), Approved("m1"), Committed("m1", 1250m));
        var year = Budget(5000m, Committed("m1", 1250m));
        var nextYear = Budget(1250m) with { Id = NextBudgetKey, Year = 2027 };

        var decision = YearClosing.Decide(2026, null, null, year, nextYear, [referral], 10, Bob, Now);

        Assert.Equal(0m, BudgetYear.Fold(year, decision.On(BudgetKey))!.Committed);
        Assert.Equal((1250m, 0m), (BudgetYear.Fold(nextYear, decision.On(NextBudgetKey))!.Committed, BudgetYear.Fold(nextYear, decision.On(NextBudgetKey))!.Available));
        Assert.Equal(ProblemCodes.BudgetExhausted,
            YearClosing.Decide(2026, null, null, year, nextYear with { Budget = 1249.99m }, [referral], 10, Bob, Now).Refusal?.Code);
    }

    [Fact]
    public void Both_year_streams_are_closed_even_when_nothing_was_used()
    {
        var decision = YearClosing.Decide(2026, null, null, null, null, [], 10, Bob, Now);

        Assert.True(QuotaYear.Fold(null, decision.On(QuotaKey))!.Closed);
        Assert.True(BudgetYear.Fold(null, decision.On(BudgetKey))!.Closed);
        Assert.Empty(decision.On(NextQuotaKey));
    }
}
