using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Claims;

public class ClaimDecisionTests
{
    private static RecordClaim Record(decimal amount = 600m, string claim = "c1") =>
        new("r1", claim, "F-2026-17", amount, PayeeKind.Provider, "p1", null, Anna);

    private static ClaimRecorded Recorded(string claim, decimal amount, string by = "anna") =>
        new("r1", claim, $"F-{claim}", amount, PayeeKind.Provider, "p1", by, Roles.Consulent, Earlier);

    private static ClaimApproved ClaimOk(string claim, decimal amount) => new("r1", claim, amount, "ok", "carla", Roles.FinancialOfficer, Earlier);

    private static Referral Committed1000(params ILedgerEvent[] more) =>
        Referral([RequestedMoney(cost: 1000m, own: 0m), Approved(), Committed("r1", 1000m), .. more]);

    private static BookPayment Pay(decimal amount, string claim = "c1") => new("r1", claim, amount, new LocalDate(2026, 3, 1), "BANK-1", Bob);

    [Fact]
    public void A_claim_is_recorded_against_committed_money()
    {
        var recorded = Assert.IsType<ClaimRecorded>(RecordClaimHandler.Decide(Committed1000(), false, Record(), true, false, Now).Changes.Single().Event);

        Assert.Equal(("c1", 600m, "anna"), (recorded.ClaimId, recorded.Amount, recorded.By));
    }

    [Fact]
    public void A_houd_me_vast_referral_takes_no_claims()
    {
        Assert.Equal(ProblemCodes.InvalidTransition,
            RecordClaimHandler.Decide(Referral(Requested(), Approved(), Reserved()), false, Record(), true, false, Now).Refusal?.Code);
    }

    [Fact]
    public void A_referral_not_yet_approved_takes_no_claims()
    {
        Assert.Equal(ProblemCodes.InvalidTransition, RecordClaimHandler.Decide(Referral(RequestedMoney()), false, Record(), true, false, Now).Refusal?.Code);
    }

    [Fact]
    public void An_invoice_already_claimed_is_a_duplicate()
    {
        Assert.Equal(ProblemCodes.DuplicateInvoice, RecordClaimHandler.Decide(Committed1000(), false, Record(), true, true, Now).Refusal?.Code);
    }

    [Fact]
    public void The_recorder_cannot_approve_their_own_claim()
    {
        var decision = ApproveClaimHandler.Decide(Committed1000(Recorded("c1", 600m, by: "bob")), false, new ApproveClaim("r1", "c1", Bob), Now);

        Assert.Equal(ProblemCodes.FourEyes, decision.Refusal?.Code);
    }

    [Fact]
    public void The_recorder_spelled_otherwise_is_still_the_recorder()
    {
        var decision = ApproveClaimHandler.Decide(Committed1000(Recorded("c1", 600m, by: "bob")), false, new ApproveClaim("r1", "c1", Bob with { User = " BOB" }), Now);

        Assert.Equal(ProblemCodes.FourEyes, decision.Refusal?.Code);
    }

    [Fact]
    public void Approved_claims_may_reach_but_not_pass_the_commitment()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m), Recorded("c2", 400m), Recorded("c3", 400.01m));

        Assert.False(ApproveClaimHandler.Decide(referral, false, new ApproveClaim("r1", "c2", Bob), Now).IsRefused);
        Assert.Equal(ProblemCodes.OverCommitment, ApproveClaimHandler.Decide(referral, false, new ApproveClaim("r1", "c3", Bob), Now).Refusal?.Code);
    }

    [Fact]
    public void A_claim_is_decided_once()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m));

        Assert.Equal(ProblemCodes.InvalidTransition, ApproveClaimHandler.Decide(referral, false, new ApproveClaim("r1", "c1", Bob), Now).Refusal?.Code);
        Assert.Equal(ProblemCodes.InvalidTransition, RejectClaimHandler.Decide(referral, false, new RejectClaim("r1", "c1", "nee", Bob), Now).Refusal?.Code);
    }

    [Fact]
    public void A_payment_moves_euros_from_committed_to_paid_on_the_referral_and_the_year()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m));

        var decision = BookPaymentHandler.Decide(referral, false, Pay(250m), null, Now);

        var after = Vergoedingen.Referrals.Referral.Fold(referral, decision.On("r1"))!;
        Assert.Equal((750m, 250m, 350m), (after.Committed, after.Paid, after.ClaimOf("c1")!.Unpaid));
        var year = BudgetYear.Fold(Budget(5000m, Committed("r1", 1000m)), decision.On(BudgetKey))!;
        Assert.Equal((750m, 250m, 4000m), (year.Committed, year.Paid, year.Available));
    }

    [Fact]
    public void Paying_the_rest_marks_the_claim_paid_and_more_is_an_overpayment()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m));

        Assert.Equal(ProblemCodes.Overpayment, BookPaymentHandler.Decide(referral, false, Pay(600.01m), null, Now).Refusal?.Code);
        var paid = Vergoedingen.Referrals.Referral.Fold(referral, BookPaymentHandler.Decide(referral, false, Pay(600m), null, Now).On("r1"))!;
        Assert.Equal(ClaimStatus.Paid, paid.ClaimOf("c1")!.Status);
        Assert.Equal(ProblemCodes.Overpayment, BookPaymentHandler.Decide(paid, false, Pay(0.01m), null, Now).Refusal?.Code);
    }

    [Fact]
    public void A_submitted_or_rejected_claim_is_not_paid()
    {
        var referral = Committed1000(Recorded("c1", 600m), Recorded("c2", 100m), new ClaimRejected("r1", "c2", Typed("claims/c2/rejection", "nee"), "bob", Roles.FinancialOfficer, Earlier));

        Assert.Equal(ProblemCodes.InvalidTransition, BookPaymentHandler.Decide(referral, false, Pay(100m, "c1"), null, Now).Refusal?.Code);
        Assert.Equal(ProblemCodes.InvalidTransition, BookPaymentHandler.Decide(referral, false, Pay(100m, "c2"), null, Now).Refusal?.Code);
    }

    [Fact]
    public void A_claim_in_an_open_batch_is_paid_by_booking_the_batch()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m), new ClaimBatched("r1", "c1", "b1", 600m, "bob", Roles.FinancialOfficer, Earlier));

        Assert.Equal(ProblemCodes.InvalidTransition, BookPaymentHandler.Decide(referral, false, Pay(600m), null, Now).Refusal?.Code);
    }

    [Fact]
    public void A_payment_cannot_be_booked_before_it_is_made()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m));

        Assert.Equal(ProblemCodes.Validation, BookPaymentHandler.Decide(referral, false, Pay(100m) with { PaidOn = new LocalDate(2026, 3, 3) }, null, Now).Refusal?.Code);
    }

    [Fact]
    public void Closing_a_completed_referral_releases_the_unpaid_commitment_on_both_streams()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m),
            new PaymentBooked("r1", "c1", BijzondereBijstand, 2026, 600m, new LocalDate(2026, 2, 1), "B", null, "bob", Roles.FinancialOfficer, Earlier),
            Scheduled("r1", new LocalDate(2026, 2, 2)), new TrainingCompleted("r1", new LocalDate(2026, 2, 20), "anna", Roles.Consulent, Earlier));

        var decision = CloseReferralHandler.Decide(referral, false, new CloseReferral("r1", Bob), Now);

        Assert.IsType<ReferralClosed>(decision.On("r1").First());
        Assert.Equal(400m, Assert.IsType<CommitmentReleased>(decision.On(BudgetKey).Single()).Amount);
    }

    [Fact]
    public void A_referral_with_an_unpaid_approved_claim_is_not_closed()
    {
        var referral = Committed1000(Recorded("c1", 600m), ClaimOk("c1", 600m),
            Scheduled("r1", new LocalDate(2026, 2, 2)), new TrainingCompleted("r1", new LocalDate(2026, 2, 20), "anna", Roles.Consulent, Earlier));

        Assert.Equal(ProblemCodes.InvalidTransition, CloseReferralHandler.Decide(referral, false, new CloseReferral("r1", Bob), Now).Refusal?.Code);
    }

    [Fact]
    public void A_running_referral_is_not_closed()
    {
        Assert.Equal(ProblemCodes.InvalidTransition, CloseReferralHandler.Decide(Committed1000(), false, new CloseReferral("r1", Bob), Now).Refusal?.Code);
    }
}
