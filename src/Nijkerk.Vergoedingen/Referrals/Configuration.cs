using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Referrals;

public static class Configuration
{
    public static void ConfigureReferrals(this StoreOptions options)
    {
        // Stored names, chosen once: renaming a class must not orphan its events.
        options.Events.MapEventType<TrainingRequested>("training_requested");
        options.Events.MapEventType<ReferralApproved>("referral_approved");
        options.Events.MapEventType<ReferralRejected>("referral_rejected");
        options.Events.MapEventType<TrainingScheduled>("training_scheduled");
        options.Events.MapEventType<TrainingCompleted>("training_completed");
        options.Events.MapEventType<ReferralWithdrawn>("referral_withdrawn");
        options.Events.MapEventType<ReferralClosed>("referral_closed");

        options.Projections.Add(new ReferralProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Referral>()
            .Index(x => x.Year)
            .Index(x => x.RequestedAtUnixMs)
            .Index(x => x.RequestYear)
            .Index(x => x.Status);
    }
}

public sealed class ReferralProjection() : FoldProjection<Referral>(Referral.Fold,
    typeof(TrainingRequested), typeof(ReferralApproved), typeof(ReferralRejected), typeof(Quotas.SlotReserved),
    typeof(Quotas.ReferralWaitlisted), typeof(Quotas.SlotReleased), typeof(Budgets.FundsCommitted), typeof(Budgets.CommitmentReleased),
    typeof(TrainingScheduled), typeof(TrainingCompleted), typeof(ReferralWithdrawn), typeof(ReferralClosed),
    typeof(Claims.ClaimRecorded), typeof(Claims.ClaimApproved), typeof(Claims.ClaimRejected), typeof(Claims.ClaimBatched),
    typeof(Claims.PaymentBooked), typeof(Years.ReferralCarriedOver), typeof(Quotas.ReservationExpired),
    typeof(Foundation.FoundationNotified), typeof(Foundation.FoundationNotificationFailed),
    typeof(Foundation.FoundationNotificationRequested), typeof(Foundation.PlacementConfirmed));
