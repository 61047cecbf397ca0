using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

public class ApproveReferralDecisionTests
{
    private static readonly ApproveReferral Approve = new("r1", "Past binnen beleid", Bob) { Salt = "zout" };

    [Fact]
    public void Approving_with_a_free_slot_reserves_it_on_the_referral_and_the_year()
    {
        var decision = ApproveReferralHandler.Decide(Referral(Requested()), Quota(10, SlotsTaken(3)), null, Approve, 10, Now);

        var reserved = new SlotReserved("r1", HoudMeVast, 2026, false, "bob", Roles.FinancialOfficer, Now);
        Assert.Equal(
            [new("r1", new ReferralApproved("r1", Typed("approval", "Past binnen beleid"), "bob", Roles.FinancialOfficer, Now)), new("r1", reserved), new(QuotaKey, reserved)],
            decision.Changes);
        Assert.Equal(new PersonalText("r1/approval", "Z-2026-0001", "r1", "Past binnen beleid", "zout"), decision.Documents.Single().Document);
    }

    [Fact]
    public void Approving_when_all_slots_are_taken_waitlists_the_referral_behind_those_already_waiting()
    {
        var full = Quota(2, [.. SlotsTaken(2), Waitlisted("w1", 1)]);

        var decision = ApproveReferralHandler.Decide(Referral(Requested()), full, null, Approve, 10, Now);

        var waitlisted = Assert.IsType<ReferralWaitlisted>(decision.On(QuotaKey).Single());
        Assert.Equal(2, waitlisted.Position);
        Assert.Contains(decision.On("r1"), e => e is ReferralWaitlisted);
        Assert.DoesNotContain(decision.Changes, c => c.Event is SlotReserved);
    }

    [Fact]
    public void Approving_in_a_year_nobody_set_opens_it_with_the_default_capacity_first()
    {
        var decision = ApproveReferralHandler.Decide(Referral(Requested()), null, null, Approve, 10, Now);

        var opened = Assert.IsType<QuotaYearOpened>(decision.Changes[0].Event);
        Assert.Equal((QuotaKey, 10), (decision.Changes[0].Stream, opened.Capacity));
        Assert.IsType<SlotReserved>(decision.On(QuotaKey).Last());
    }

    [Fact]
    public void The_requester_cannot_approve_their_own_referral()
    {
        var decision = ApproveReferralHandler.Decide(Referral(Requested()), Quota(10), null, Approve with { Actor = Anna with { Role = Roles.FinancialOfficer } }, 10, Now);

        Assert.Equal(ProblemCodes.FourEyes, decision.Refusal?.Code);
        Assert.Empty(decision.Changes);
    }

    [Theory]
    [InlineData("Anna")]
    [InlineData(" anna ")]
    [InlineData("ANNA")]
    public void Four_eyes_compare_the_user_not_the_spelling_of_the_name(string spelling)
    {
        var approver = new Actor(spelling, Roles.FinancialOfficer, "nijkerk");

        var decision = ApproveReferralHandler.Decide(Referral(Requested()), Quota(10), null, Approve with { Actor = approver }, 10, Now);

        Assert.Equal(ProblemCodes.FourEyes, decision.Refusal?.Code);
        Assert.Empty(decision.Changes);
    }

    [Fact]
    public void An_approved_referral_cannot_be_approved_again()
    {
        var decision = ApproveReferralHandler.Decide(Referral(Requested(), Approved(), Reserved()), Quota(10, Reserved()), null, Approve, 10, Now);

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
    }

    [Fact]
    public void Approving_special_assistance_commits_cost_minus_own_contribution()
    {
        var decision = ApproveReferralHandler.Decide(Referral(RequestedMoney(cost: 1450m, own: 200m)), null, Budget(25000m), Approve, 10, Now);

        var committed = Assert.IsType<FundsCommitted>(decision.On(BudgetKey).Single());
        Assert.Equal(1250.00m, committed.Amount);
        Assert.Contains(committed, decision.On("r1"));
    }

    [Fact]
    public void Approving_special_assistance_beyond_the_budget_is_refused_and_commits_nothing()
    {
        var budget = Budget(2000m, Committed("other", 1000m));

        var decision = ApproveReferralHandler.Decide(Referral(RequestedMoney(cost: 1450m, own: 200m)), null, budget, Approve, 10, Now);

        Assert.Equal(ProblemCodes.BudgetExhausted, decision.Refusal?.Code);
        Assert.Contains("1000.00", decision.Refusal!.Detail);
        Assert.Empty(decision.Changes);
    }

    [Fact]
    public void Approving_special_assistance_that_uses_exactly_the_rest_of_the_budget_is_allowed()
    {
        var budget = Budget(2250m, Committed("other", 1000m));

        var decision = ApproveReferralHandler.Decide(Referral(RequestedMoney(cost: 1450m, own: 200m)), null, budget, Approve, 10, Now);

        Assert.False(decision.IsRefused);
        Assert.Equal(0m, BudgetYear.Fold(budget, decision.On(BudgetKey))!.Available);
    }

    [Fact]
    public void Approving_special_assistance_in_a_year_without_budget_is_refused()
    {
        var decision = ApproveReferralHandler.Decide(Referral(RequestedMoney()), null, null, Approve, 10, Now);

        Assert.Equal(ProblemCodes.BudgetExhausted, decision.Refusal?.Code);
    }
}
