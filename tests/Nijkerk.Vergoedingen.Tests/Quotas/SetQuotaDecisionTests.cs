using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

public class SetQuotaDecisionTests
{
    private static SetQuota Set(int capacity) => new(HoudMeVast, 2026, capacity, "Extra plekken", Bob);

    [Fact]
    public void Setting_a_year_nobody_set_opens_it_with_that_capacity()
    {
        var opened = Assert.IsType<QuotaYearOpened>(SetQuotaHandler.Decide(null, [], Set(12), Now).Changes.Single().Event);

        Assert.Equal((12, "Extra plekken"), (opened.Capacity, opened.Reason));
    }

    [Fact]
    public void Raising_the_capacity_gives_the_new_slots_to_the_waitlist_in_order()
    {
        var year = Quota(1, Reserved("a"), Waitlisted("w1", 1), Waitlisted("w2", 2), Waitlisted("w3", 3));

        var decision = SetQuotaHandler.Decide(year, ["w1", "w2", "w3"], Set(3), Now);

        Assert.IsType<QuotaCapacityAdjusted>(decision.Changes[0].Event);
        Assert.Equal(["w1", "w2"], decision.On(QuotaKey).OfType<SlotReserved>().Select(e => e.ReferralId));
        Assert.Single(decision.On("w1"));
        Assert.Equal((3, 1), (QuotaYear.Fold(year, decision.On(QuotaKey))!.Reserved, QuotaYear.Fold(year, decision.On(QuotaKey))!.Waiting));
    }

    [Fact]
    public void The_capacity_cannot_go_below_the_slots_in_use()
    {
        var year = Quota(5, [.. SlotsTaken(3), new SlotConsumed("r-1", HoudMeVast, 2026, new NodaTime.LocalDate(2026, 2, 1), "anna", "consulent", Earlier)]);

        Assert.Equal(ProblemCodes.CapacityBelowUse, SetQuotaHandler.Decide(year, [], Set(2), Now).Refusal?.Code);
        Assert.False(SetQuotaHandler.Decide(year, [], Set(3), Now).IsRefused);
    }

    [Fact]
    public void Setting_the_same_capacity_again_changes_nothing()
    {
        Assert.Empty(SetQuotaHandler.Decide(Quota(10), [], Set(10), Now).Changes);
    }
}
