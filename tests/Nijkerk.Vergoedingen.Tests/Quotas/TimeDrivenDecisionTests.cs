using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

public class TimeDrivenDecisionTests
{
    private static readonly Instant ReservedAt = Earlier;
    private static readonly Instant Due = ReservedAt + Duration.FromDays(56);

    private static SlotReserved ReservedThen(string id) => new(id, HoudMeVast, 2026, false, "bob", "financial-officer", ReservedAt);

    [Fact]
    public void An_unscheduled_reservation_past_its_deadline_expires_and_the_first_waiting_gets_its_slot()
    {
        var year = Quota(1, ReservedThen("r1"), Waitlisted("w1", 1));

        var decision = ExpireReservationHandler.Decide(Referral(Requested(), Approved(), ReservedThen("r1")), year, ["w1"],
            new ExpireReservation("r1", ReservedAt), Due, Bob, Due);

        Assert.IsType<ReservationExpired>(decision.On("r1").Single());
        Assert.IsType<SlotReserved>(decision.On("w1").Single());
        Assert.Equal((1, 0), (QuotaYear.Fold(year, decision.On(QuotaKey))!.Reserved, QuotaYear.Fold(year, decision.On(QuotaKey))!.Waiting));
    }

    [Fact]
    public void A_scheduled_referral_or_another_reservation_or_a_deadline_not_yet_reached_expires_nothing()
    {
        var year = Quota(1, ReservedThen("r1"));
        var message = new ExpireReservation("r1", ReservedAt);

        Assert.Empty(ExpireReservationHandler.Decide(
            Referral(Requested(), Approved(), ReservedThen("r1"), Scheduled("r1", new LocalDate(2026, 4, 1))), year, [], message, Due, Bob, Due).Changes);
        Assert.Empty(ExpireReservationHandler.Decide(
            Referral(Requested(), Approved(), ReservedThen("r1")), year, [], message with { ReservedAt = ReservedAt - Duration.FromDays(1) }, Due, Bob, Due).Changes);
        Assert.Empty(ExpireReservationHandler.Decide(
            Referral(Requested(), Approved(), ReservedThen("r1")), year, [], message, Due, Bob, Due - Duration.FromSeconds(1)).Changes);
    }

    [Fact]
    public void New_year_opens_the_quota_with_its_default_and_moves_the_waitlist_in_order()
    {
        var previous = Quota(1, Reserved("a"), Waitlisted("w1", 1), Waitlisted("w2", 2));
        var waiting = new[] { Referral(Requested("w1"), Approved("w1"), Waitlisted("w1", 1)), Referral(Requested("w2"), Approved("w2"), Waitlisted("w2", 2)) };

        var decision = OpenYearHandler.Decide(2027, previous, null, waiting, 1, Bob, Now);

        var next = QuotaYear.Fold(null, decision.On(QuotaYear.StreamKey(HoudMeVast, 2027)))!;
        Assert.Equal((1, 1), (next.Capacity, next.Reserved));
        Assert.Equal(1, next.Waiting);
        Assert.Equal(1, Assert.IsType<ReferralWaitlisted>(decision.On("w2").Last()).Position);
        Assert.Equal((1, 0), (QuotaYear.Fold(previous, decision.On(QuotaKey))!.Reserved, QuotaYear.Fold(previous, decision.On(QuotaKey))!.Waiting));
        Assert.Equal(2027, Assert.IsType<ReferralCarriedOver>(decision.On("w1").First()).ToYear);
    }

    [Fact]
    public void New_year_a_second_time_changes_nothing()
    {
        var next = Quota(10) with { Id = QuotaYear.StreamKey(HoudMeVast, 2027), Year = 2027 };

        Assert.Empty(OpenYearHandler.Decide(2027, Quota(1), next, [], 10, Bob, Now).Changes);
    }
}
