using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

public class ApproveReferralTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Approving_a_houd_me_vast_referral_reserves_a_slot()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        var id = await anna.RequestedReferral();

        var approved = await bob.Approve(id);

        Assert.Equal("Reserved", approved.Str("status"));
        Assert.Equal("bob", approved.Str("approvedBy"));
        var allocation = await anna.GetJson("/api/allocation/2026");
        var quota = allocation["schemes"]![0]!;
        Assert.Equal((1, 9), (quota["reserved"]!.GetValue<int>(), quota["available"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Approving_when_all_slots_are_taken_waitlists_the_referral()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(1);
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        var second = await anna.RequestedReferral(Steps.HoudMeVast("Z-2"));

        var approved = await bob.Approve(second);

        Assert.Equal("Waitlisted", approved.Str("status"));
        Assert.Equal(1, approved["waitlistPosition"]!.GetValue<int>());
        Assert.Equal(1, (await anna.GetJson($"/api/referrals/{second}"))["waitlistPosition"]!.GetValue<int>());
    }

    [Fact]
    public async Task Approving_special_assistance_commits_cost_minus_own_contribution()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("25000.00");
        var id = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00"));

        var approved = await bob.Approve(id);

        Assert.Equal(("Committed", "1250.00"), (approved.Str("status"), approved.Str("committed")));
        var budget = (await bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("25000.00", "1250.00", "23750.00"), (budget.Str("budget"), budget.Str("committed"), budget.Str("available")));
    }

    [Fact]
    public async Task The_requester_cannot_reject_their_own_referral_either()
    {
        var both = await App.SignIn("dora", "consulent");
        var id = await both.RequestedReferral();
        var doraAsOfficer = await App.SignIn("dora", "financial-officer");
        var before = await App.EventCountAsync();

        var response = await doraAsOfficer.Post($"/api/referrals/{id}/reject", new { reason = "Zelf afgewezen" });

        await response.ShouldBeProblem(403, "four-eyes");
        Assert.Equal(before, await App.EventCountAsync());
        await (await (await App.SignIn("bob", "financial-officer")).Post($"/api/referrals/{id}/reject", new { reason = "Geen uitzonderlijk geval" })).ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_requester_cannot_approve_their_own_referral()
    {
        var both = await App.SignIn("dora", "consulent");
        var id = await both.RequestedReferral();
        var doraAsOfficer = await App.SignIn("dora", "financial-officer");
        var before = await App.EventCountAsync();

        var response = await doraAsOfficer.Post($"/api/referrals/{id}/approve", new { reason = "Zelf goedgekeurd" });

        await response.ShouldBeProblem(403, "four-eyes");
        Assert.Equal(before, await App.EventCountAsync());
    }

    [Fact]
    public async Task Approving_beyond_the_budget_is_refused_and_the_referral_stays_requested()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("1000.00");
        var id = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00"));

        var response = await bob.Post($"/api/referrals/{id}/approve", new { reason = "Toegekend" });

        await response.ShouldBeProblem(409, "budget-exhausted");
        Assert.Equal("Requested", (await anna.GetJson($"/api/referrals/{id}")).Str("status"));
    }

    [Fact]
    public async Task Approving_twice_is_an_invalid_transition()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);

        var response = await bob.Post($"/api/referrals/{id}/approve", new { reason = "Nog eens" });

        await response.ShouldBeProblem(409, "invalid-transition");
    }

    [Fact]
    public async Task Approving_an_unknown_referral_is_not_found()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        var response = await bob.Post($"/api/referrals/{Guid.NewGuid()}/approve", new { reason = "Toegekend" });

        await response.ShouldBeProblem(404, "not-found");
    }
}
