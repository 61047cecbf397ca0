using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;

namespace Nijkerk.Vergoedingen.Tests.Years;

/// <summary>
/// A closed year takes no more changes: every decision about a referral refuses once the year it holds is
/// closed — and says first that a referral that does not exist does not, whatever its year.
/// </summary>
public sealed class ClosedYearDecisionTests
{
    private static readonly LocalDate Start = new(2026, 4, 1);

    private static readonly ClaimRecorded Claimed = new("r1", "c1", "F-1", 100m, PayeeKind.Provider, "p1", Anna.User, Anna.Role, Earlier);

    /// <summary>Each referral decision, given a referral it would otherwise accept, and whether its year is closed.</summary>
    public static TheoryData<string> Decisions => new(Cases.Keys);

    private static readonly Dictionary<string, (ILedgerEvent[] History, Func<Referral?, bool, Decision> Decide)> Cases = new()
    {
        ["reject"] = ([Requested()], (r, closed) => RejectReferralHandler.Decide(r, closed, new RejectReferral("r1", "Geen uitzonderlijk geval", Bob), Now)),
        ["schedule"] = ([Requested(), Approved(), Reserved()],
            (r, closed) => ScheduleTrainingHandler.Decide(r, closed, new ScheduleTraining("r1", "Praktijk De Brug", Start, Anna), Now)),
        ["complete"] = ([Requested(), Approved(), Reserved(), Scheduled("r1", Start)],
            (r, closed) => CompleteTrainingHandler.Decide(r, closed, new CompleteTraining("r1", Start.PlusDays(30), Anna), Now + Duration.FromDays(90))),
        ["close"] = ([Requested(), Approved(), Reserved(), Scheduled("r1", Start), new TrainingCompleted("r1", Start.PlusDays(30), Anna.User, Anna.Role, Earlier)],
            (r, closed) => CloseReferralHandler.Decide(r, closed, new CloseReferral("r1", Bob), Now)),
        ["withdraw"] = ([Requested()], (r, closed) => WithdrawReferralHandler.Decide(r, closed, null, [], new WithdrawReferral("r1", "Verhuisd", Anna), Now)),
        ["record a claim"] = ([RequestedMoney(), Approved(), Committed("r1", 1250m)],
            (r, closed) => RecordClaimHandler.Decide(r, closed, new RecordClaim("r1", "c1", "F-1", 100m, PayeeKind.Provider, "p1", null, Anna), true, false, Now)),
        ["approve a claim"] = ([RequestedMoney(), Approved(), Committed("r1", 1250m), Claimed],
            (r, closed) => ApproveClaimHandler.Decide(r, closed, new ApproveClaim("r1", "c1", Bob), Now)),
        ["reject a claim"] = ([RequestedMoney(), Approved(), Committed("r1", 1250m), Claimed],
            (r, closed) => RejectClaimHandler.Decide(r, closed, new RejectClaim("r1", "c1", "Dubbel", Bob), Now)),
        ["book a payment"] = ([RequestedMoney(), Approved(), Committed("r1", 1250m), Claimed, new ClaimApproved("r1", "c1", 100m, "Akkoord", Bob.User, Bob.Role, Earlier)],
            (r, closed) => BookPaymentHandler.Decide(r, closed, new BookPayment("r1", "c1", 100m, new LocalDate(2026, 3, 2), "B-1", Bob), null, Now)),
        ["notify again"] = ([Requested(), Approved(), Reserved(), new FoundationNotificationFailed("r1", "timeout", "system", "system", Earlier)],
            (r, closed) => NotifyAgainHandler.Decide(r, closed, new NotifyAgain("r1", Bob), Now)),
        ["confirm a placement"] = ([Requested(), Approved(), Reserved()],
            (r, closed) => ConfirmPlacementHandler.Decide(r, closed, new ConfirmPlacement("r1", "HMV-1", new Actor("stichting-houd-me-vast", "foundation", "nijkerk")), Now)),
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void A_decision_about_a_referral_in_an_open_year_goes_ahead(string decision)
    {
        var (history, decide) = Cases[decision];

        var open = decide(Referral(history), false);

        Assert.False(open.IsRefused, open.Refusal?.Detail);
        Assert.NotEmpty(open.Changes);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void A_decision_about_a_referral_in_a_closed_year_is_refused_and_changes_nothing(string decision)
    {
        var (history, decide) = Cases[decision];

        var closed = decide(Referral(history), true);

        Assert.Equal(ProblemCodes.YearClosed, closed.Refusal?.Code);
        Assert.Contains("2026", closed.Refusal!.Detail);
        Assert.Empty(closed.Changes);
        Assert.Empty(closed.Documents);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void A_referral_that_does_not_exist_is_not_found_before_any_year_is_looked_at(string decision)
    {
        Assert.Equal(ProblemCodes.NotFound, Cases[decision].Decide(null, true).Refusal?.Code);
    }

    [Fact]
    public void Approving_in_a_closed_year_is_refused_whichever_of_its_years_is_closed()
    {
        var approve = new ApproveReferral("r1", "Past binnen beleid", Bob);
        var closedQuota = Quota(10, new YearClosed(HoudMeVast, 2026, "Jaarafsluiting", "system", "system", Earlier));
        var closedBudget = Budget(5000m, new YearClosed(BijzondereBijstand, 2026, "Jaarafsluiting", "system", "system", Earlier));

        var quota = ApproveReferralHandler.Decide(Referral(Requested()), closedQuota, null, approve, 10, Now);
        var budget = ApproveReferralHandler.Decide(Referral(RequestedMoney()), null, closedBudget, approve, 10, Now);
        var open = ApproveReferralHandler.Decide(Referral(Requested()), Quota(10), null, approve, 10, Now);

        Assert.Equal((ProblemCodes.YearClosed, ProblemCodes.YearClosed), (quota.Refusal?.Code, budget.Refusal?.Code));
        Assert.IsType<SlotReserved>(open.Changes.Last().Event);
    }

    [Fact]
    public void A_reservation_in_a_closed_year_does_not_expire()
    {
        var referral = Referral(Requested(), Approved(), Reserved());
        var message = new ExpireReservation("r1", Earlier);
        var system = new Actor("system", "system", "nijkerk");
        var closed = Quota(10, Reserved(), new YearClosed(HoudMeVast, 2026, "Jaarafsluiting", "system", "system", Earlier));

        Assert.Empty(ExpireReservationHandler.Decide(referral, closed, [], message, Earlier, system, Now).Changes);
        Assert.NotEmpty(ExpireReservationHandler.Decide(referral, Quota(10, Reserved()), [], message, Earlier, system, Now).Changes);
    }
}
