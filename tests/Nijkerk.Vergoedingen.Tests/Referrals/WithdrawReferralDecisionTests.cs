using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

public class WithdrawReferralDecisionTests
{
    private static readonly WithdrawReferral Withdraw = new("r1", "Stel heeft zich teruggetrokken", Anna);

    [Fact]
    public void Withdrawing_a_reserved_referral_hands_its_slot_to_the_first_on_the_waitlist()
    {
        var year = Quota(1, Reserved(), Waitlisted("w1", 1), Waitlisted("w2", 2));

        var decision = WithdrawReferralHandler.Decide(Referral(Requested(), Approved(), Reserved()), false, year, ["w1", "w2"], Withdraw, Now);

        Assert.Equal(
            [typeof(ReferralWithdrawn), typeof(SlotReleased)],
            decision.On("r1").Select(e => e.GetType()));
        var promoted = Assert.IsType<SlotReserved>(decision.On("w1").Single());
        Assert.True(promoted.FromWaitlist);
        Assert.Empty(decision.On("w2"));
        var after = QuotaYear.Fold(year, decision.On(QuotaKey))!;
        Assert.Equal(1, after.Reserved);
        Assert.Equal(1, after.Waiting);
    }

    [Fact]
    public void Withdrawing_a_waitlisted_referral_moves_those_behind_it_up()
    {
        ILedgerEvent[] history = [Reserved("other"), Waitlisted("r1", 1), Waitlisted("w2", 2)];
        var year = Quota(1, history);

        var decision = WithdrawReferralHandler.Decide(Referral(Requested(), Approved(), Waitlisted("r1", 1)), false, year, [], Withdraw, Now);

        Assert.IsType<WaitlistLeft>(decision.On(QuotaKey).Single());
        Assert.Equal(["w2"], WaitingLine.InOrder(2026, [.. history, .. decision.On(QuotaKey)]));
        Assert.Equal(1, QuotaYear.Fold(year, decision.On(QuotaKey))!.Waiting);
    }

    [Fact]
    public void Withdrawing_special_assistance_releases_the_open_commitment()
    {
        var decision = WithdrawReferralHandler.Decide(Referral(RequestedMoney(), Approved(), Committed("r1", 1250m)), false, null, [], Withdraw, Now);

        var released = Assert.IsType<CommitmentReleased>(decision.On(BudgetKey).Single());
        Assert.Equal(1250m, released.Amount);
        Assert.Equal(0m, BudgetYear.Fold(Budget(5000m, Committed("r1", 1250m)), decision.On(BudgetKey))!.Committed);
    }

    [Fact]
    public void A_requested_referral_is_withdrawn_without_touching_the_year()
    {
        var decision = WithdrawReferralHandler.Decide(Referral(Requested()), false, Quota(10), [], Withdraw, Now);

        Assert.Equal(["r1"], decision.Changes.Select(c => c.Stream));
    }

    [Fact]
    public void A_training_that_has_started_can_no_longer_be_withdrawn()
    {
        var started = Referral(Requested(), Approved(), Reserved(), Scheduled("r1", Amsterdam.DateOf(Now)));

        Assert.Equal(ProblemCodes.InvalidTransition, WithdrawReferralHandler.Decide(started, false, Quota(10, Reserved()), [], Withdraw, Now).Refusal?.Code);
    }

    [Fact]
    public void A_scheduled_training_that_starts_tomorrow_can_still_be_withdrawn()
    {
        var scheduled = Referral(Requested(), Approved(), Reserved(), Scheduled("r1", Amsterdam.DateOf(Now).PlusDays(1)));

        Assert.False(WithdrawReferralHandler.Decide(scheduled, false, Quota(10, Reserved()), [], Withdraw, Now).IsRefused);
    }

    [Fact]
    public void A_rejected_referral_cannot_be_withdrawn()
    {
        var rejected = Referral(Requested(), new ReferralRejected("r1", Typed("rejection", "Nee"), Bob.User, Bob.Role, Earlier));

        Assert.Equal(ProblemCodes.InvalidTransition, WithdrawReferralHandler.Decide(rejected, false, null, [], Withdraw, Now).Refusal?.Code);
    }
}
