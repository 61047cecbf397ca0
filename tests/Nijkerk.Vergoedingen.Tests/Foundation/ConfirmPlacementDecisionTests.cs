using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Foundation;

public class ConfirmPlacementDecisionTests
{
    private static readonly Actor Foundation = new("stichting-houd-me-vast", "foundation", "nijkerk");

    [Fact]
    public void A_webhook_delivery_is_recorded_in_the_same_decision_as_the_placement_it_confirms()
    {
        var decision = ConfirmPlacementHandler.Decide(Referral(Requested(), Approved(), Reserved()), false,
            new ConfirmPlacement("r1", "HMV-2026-08", Foundation, "msg_1"), Now);

        Assert.IsType<PlacementConfirmed>(decision.On("r1").Single());
        var record = Assert.IsType<AcceptedWebhook>(Assert.Single(decision.Documents, d => d.Kind == DocumentChangeKind.Insert).Document);
        Assert.Equal(("msg_1", "r1"), (record.Id, record.ReferralId));
    }

    [Fact]
    public void A_webhook_delivery_accepted_before_is_refused_as_replayed_and_writes_nothing()
    {
        var decision = ConfirmPlacementHandler.Decide(Referral(Requested(), Approved(), Reserved()), false,
            new ConfirmPlacement("r1", "HMV-2026-08", Foundation, "msg_1"), Now, webhookAccepted: true);

        Assert.Equal(ProblemCodes.Replayed, decision.Refusal?.Code);
        Assert.Empty(decision.Changes);
        Assert.Empty(decision.Documents);
    }

    [Fact]
    public void A_delivery_for_a_referral_without_a_slot_is_refused_and_records_no_delivery()
    {
        var decision = ConfirmPlacementHandler.Decide(Referral(Requested()), false,
            new ConfirmPlacement("r1", "HMV-2026-08", Foundation, "msg_1"), Now);

        Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal?.Code);
        Assert.Empty(decision.Documents);
    }

    [Fact]
    public void A_placement_confirmed_before_the_notification_was_answered_stays_confirmed()
    {
        var referral = Referral(Requested(), Approved(), Reserved())
            .Then(new PlacementConfirmed("r1", "HMV-2026-08", Foundation.User, Foundation.Role, Now))
            .Then(new FoundationNotified("r1", 1, Now, "system", "system", Now));

        Assert.Equal((NotificationStatus.Confirmed, "HMV-2026-08"), (referral.Notification, referral.PlacementReference));
    }
}
