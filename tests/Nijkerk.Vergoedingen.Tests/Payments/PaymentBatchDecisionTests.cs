using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Referrals;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Payments;

public class PaymentBatchDecisionTests
{
    private const string Debtor = "NL91ABNA0417164300";

    private static readonly string C1 = Guid.NewGuid().ToString();
    private static readonly string C2 = Guid.NewGuid().ToString();
    private static readonly string C3 = Guid.NewGuid().ToString();

    private static Referral WithClaims() => Referral(
        RequestedMoney(cost: 1000m, own: 0m), Approved(), Committed("r1", 1000m),
        new ClaimRecorded("r1", C1, "F-1", 300m, PayeeKind.Provider, "p1", "anna", Roles.Consulent, Earlier),
        new ClaimApproved("r1", C1, 300m, "ok", "bob", Roles.FinancialOfficer, Earlier),
        new PaymentBooked("r1", C1, BijzondereBijstand, 2026, 100m, new NodaTime.LocalDate(2026, 2, 1), "B", null, "bob", Roles.FinancialOfficer, Earlier),
        new ClaimRecorded("r1", C2, "F-2", 200m, PayeeKind.Provider, "p1", "anna", Roles.Consulent, Earlier),
        new ClaimRecorded("r1", C3, "F-3", 50m, PayeeKind.Provider, "p1", "anna", Roles.Consulent, Earlier),
        new ClaimApproved("r1", C3, 50m, "ok", "bob", Roles.FinancialOfficer, Earlier),
        new ClaimBatched("r1", C3, "older-batch", 50m, "bob", Roles.FinancialOfficer, Earlier));

    [Fact]
    public void A_batch_takes_the_unpaid_rest_of_approved_claims_that_no_open_batch_holds()
    {
        var decision = CreatePaymentBatchHandler.Decide(new CreatePaymentBatch("b1", Bob), [WithClaims()], Debtor, Now);

        var created = Assert.IsType<PaymentBatchCreated>(decision.On("b1").Single());
        Assert.Equal([(C1, 200m)], created.Items.Select(i => (i.ClaimId, i.Amount)));
        Assert.Equal(200m, created.ControlSum);
        Assert.Equal("b1", Assert.IsType<ClaimBatched>(decision.On("r1").Single()).BatchId);
    }

    [Fact]
    public void Without_approved_unpaid_claims_there_is_no_batch()
    {
        Assert.Equal(ProblemCodes.InvalidTransition, CreatePaymentBatchHandler.Decide(new CreatePaymentBatch("b1", Bob), [], Debtor, Now).Refusal?.Code);
    }

    [Fact]
    public void Booking_pays_each_item_on_its_referral_and_year_and_marks_the_batch_booked()
    {
        var referral = WithClaims();
        var create = CreatePaymentBatchHandler.Decide(new CreatePaymentBatch("b1", Bob), [referral], Debtor, Now);
        var batch = PaymentBatch.Fold(null, create.On("b1"))!;
        var batched = Vergoedingen.Referrals.Referral.Fold(referral, create.On("r1"))!;

        var decision = BookPaymentBatchHandler.Decide(batch, [batched], new HashSet<string>(), new BookPaymentBatch("b1", Bob), Now);

        var paid = Assert.IsType<PaymentBooked>(decision.On("r1").Single());
        Assert.Equal((200m, "b1"), (paid.Amount, paid.BatchId));
        Assert.Contains(paid, decision.On(BudgetKey));
        Assert.True(PaymentBatch.Fold(batch, decision.On("b1"))!.IsBooked);
        Assert.Equal(ClaimStatus.Paid, Vergoedingen.Referrals.Referral.Fold(batched, decision.On("r1"))!.ClaimOf(C1)!.Status);
    }

    [Fact]
    public void A_booked_batch_is_not_booked_again()
    {
        var referral = WithClaims();
        var create = CreatePaymentBatchHandler.Decide(new CreatePaymentBatch("b1", Bob), [referral], Debtor, Now);
        var batch = PaymentBatch.Fold(null, create.On("b1"))! with { BookedOn = new NodaTime.LocalDate(2026, 3, 2) };

        Assert.Equal(ProblemCodes.InvalidTransition,
            BookPaymentBatchHandler.Decide(batch, [referral], new HashSet<string>(), new BookPaymentBatch("b1", Bob), Now).Refusal?.Code);
    }
}
