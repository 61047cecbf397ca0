using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Tests.Infrastructure;

/// <summary>
/// Marten reads which events a fold takes in from the arms of its <c>Evolve</c> switch, and quietly skips an
/// arm it cannot read (a qualified name, a type without a variable, an <c>or</c>): an event it skips never
/// reaches the read model that follows that fold. Every event a fold handles must be on its list.
/// </summary>
public sealed class FoldsTests
{
    [Fact]
    public void A_referral_takes_in_every_event_of_its_stream()
    {
        TakesIn(new[]
            {
                typeof(TrainingRequested), typeof(ReferralApproved), typeof(ReferralCarriedOver), typeof(ReferralRejected), typeof(SlotReserved),
                typeof(ReservationExpired), typeof(SlotReleased), typeof(FoundationNotified), typeof(FoundationNotificationFailed),
                typeof(FoundationNotificationRequested), typeof(PlacementConfirmed), typeof(ReferralWaitlisted), typeof(FundsCommitted),
                typeof(CommitmentReleased), typeof(TrainingScheduled), typeof(TrainingCompleted), typeof(ReferralWithdrawn), typeof(ReferralClosed),
                typeof(ClaimRecorded), typeof(PaymentBooked), typeof(PaymentReturned), typeof(ClaimApproved), typeof(ClaimRejected), typeof(ClaimBatched),
                typeof(CaseLinked), typeof(CaseNotFound), typeof(CaseEnded), typeof(CaseLookupRequested), typeof(CaseStatusSet), typeof(ApprovedUnderMandate),
            }, Folds.EventTypesOf<Referral>());
    }

    [Fact]
    public void A_quota_year_takes_in_every_event_that_moves_a_slot()
    {
        TakesIn(new[]
            {
                typeof(QuotaYearOpened), typeof(QuotaCapacityAdjusted), typeof(SlotReserved), typeof(ReferralWaitlisted), typeof(WaitlistLeft),
                typeof(SlotReleased), typeof(ReservationExpired), typeof(SlotConsumed), typeof(ReferralCarriedOver), typeof(YearClosed), typeof(YearSealed),
            }, Folds.EventTypesOf<QuotaYear>());
    }

    [Fact]
    public void A_budget_year_takes_in_every_event_that_moves_a_euro()
    {
        TakesIn(new[]
            {
                typeof(BudgetYearOpened), typeof(BudgetAdjusted), typeof(FundsCommitted), typeof(CommitmentReleased), typeof(PaymentBooked), typeof(PaymentReturned),
                typeof(ReferralCarriedOver), typeof(YearClosed), typeof(YearSealed),
            }, Folds.EventTypesOf<BudgetYear>());
    }

    [Fact]
    public void The_other_folds_take_in_their_own_events()
    {
        TakesIn(new[] { typeof(PaymentBatchCreated), typeof(PaymentBatchBooked) }, Folds.EventTypesOf<PaymentBatch>());
        TakesIn(new[] { typeof(ProviderRegistered) }, Folds.EventTypesOf<Provider>());
        TakesIn(new[] { typeof(MunicipalityAdded), typeof(MunicipalityChanged) }, Folds.EventTypesOf<Municipality>());
        TakesIn(new[] { typeof(ErasureRequested), typeof(CaseDestroyed), typeof(PersonalDataErased), typeof(ErasureRequestLapsed) }, Folds.EventTypesOf<Erasure>());
    }

    private static void TakesIn(IEnumerable<Type> expected, IEnumerable<Type> actual) =>
        Assert.Equal(expected.Select(t => t.Name).Order(), actual.Select(t => t.Name).Order());
}
