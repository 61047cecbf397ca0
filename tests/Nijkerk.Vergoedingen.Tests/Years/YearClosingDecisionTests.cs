using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Years;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Years;

public class YearClosingDecisionTests
{
    private static string NextQuotaKey => QuotaYear.StreamKey(HoudMeVast, 2027);

    private static string NextBudgetKey => BudgetYear.StreamKey(BijzondereBijstand, 2027);

    /// <summary>The first working day of 2027, when 2026 can be closed.</summary>
    private static readonly NodaTime.Instant January = NodaTime.Instant.FromUtc(2027, 1, 4, 9, 0);

    private static Decision Close(QuotaYear? quota, QuotaYear? nextQuota, BudgetYear? budget, BudgetYear? nextBudget,
        Vergoedingen.Referrals.Referral[] open, string[]? requested = null, string? unbookedBatch = null) =>
        YearClosing.Decide(new YearClosingState(2026, quota, nextQuota, budget, nextBudget, open,
            [.. open.Where(r => r.Status == Vergoedingen.Referrals.ReferralStatus.Waitlisted).Select(r => r.Id)], requested ?? [], unbookedBatch), 10, Bob, January);

    [Fact]
    public void An_open_reservation_moves_to_next_year_and_frees_its_slot_in_the_old_one()
    {
        var referral = Referral(Requested("r1"), Approved("r1"), Reserved("r1"));

        var decision = Close(Quota(10, Reserved("r1")), null, null, null, [referral]);

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

        var decision = Close(year, nextYear, null, null, [w1, w2]);

        Assert.IsType<SlotReserved>(decision.On("w1").Last());
        Assert.Equal(1, Assert.IsType<ReferralWaitlisted>(decision.On("w2").Last()).Position);
        Assert.Equal(0, QuotaYear.Fold(year, decision.On(QuotaKey))!.Waiting);
    }

    [Fact]
    public void Reservations_that_do_not_fit_next_years_quota_refuse_the_close()
    {
        var referral = Referral(Requested("r1"), Approved("r1"), Reserved("r1"));
        var full = Quota(0) with { Id = NextQuotaKey, Year = 2027 };

        var decision = Close(Quota(10, Reserved("r1")), full, null, null, [referral]);

        Assert.Equal(ProblemCodes.CapacityBelowUse, decision.Refusal?.Code);
        Assert.Empty(decision.Changes);
    }

    [Fact]
    public void Open_commitments_move_to_next_years_budget_when_it_has_room()
    {
        var referral = Referral(RequestedMoney("m1", 1450m, 200m), Approved("m1"), Committed("m1", 1250m));
        var year = Budget(5000m, Committed("m1", 1250m));
        var nextYear = Budget(1250m) with { Id = NextBudgetKey, Year = 2027 };

        var decision = Close(null, null, year, nextYear, [referral]);

        Assert.Equal(0m, BudgetYear.Fold(year, decision.On(BudgetKey))!.Committed);
        Assert.Equal((1250m, 0m), (BudgetYear.Fold(nextYear, decision.On(NextBudgetKey))!.Committed, BudgetYear.Fold(nextYear, decision.On(NextBudgetKey))!.Available));
        Assert.Equal(ProblemCodes.BudgetExhausted,
            Close(null, null, year, nextYear with { Budget = 1249.99m }, [referral]).Refusal?.Code);
    }

    [Fact]
    public void Both_year_streams_are_closed_even_when_nothing_was_used()
    {
        var decision = Close(null, null, null, null, []);

        Assert.True(QuotaYear.Fold(null, decision.On(QuotaKey))!.Closed);
        Assert.True(BudgetYear.Fold(null, decision.On(BudgetKey))!.Closed);
        Assert.Empty(decision.On(NextQuotaKey));
    }

    [Fact]
    public void A_year_that_is_not_over_in_Amsterdam_is_not_closed()
    {
        var lastEvening = NodaTime.Instant.FromUtc(2026, 12, 31, 22, 59);

        var decision = YearClosing.Decide(new YearClosingState(2026, null, null, null, null, [], [], [], null), 10, Bob, lastEvening);

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
        Assert.Null(YearClosing.NotOver(2026, lastEvening + NodaTime.Duration.FromMinutes(1)));
    }

    [Fact]
    public void Requests_still_undecided_refuse_the_close_and_are_named()
    {
        var decision = Close(null, null, null, null, [], requested: ["r7", "r8"]);

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
        Assert.Equal(["r7", "r8"], decision.Refusal!.Referrals);
        Assert.Empty(decision.Changes);
    }

    [Fact]
    public void A_payment_batch_not_yet_booked_refuses_the_close()
    {
        var decision = Close(null, null, null, null, [], unbookedBatch: "b1");

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
        Assert.Contains("b1", decision.Refusal!.Detail);
    }
}
