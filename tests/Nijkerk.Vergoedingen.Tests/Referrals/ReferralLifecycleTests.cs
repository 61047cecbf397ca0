using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

/// <summary>The lifecycle of DESIGN.md through the API: request, approve or reject, schedule, complete, withdraw.</summary>
public class ReferralLifecycleTests(LedgerApp app) : LedgerTest(app)
{
    private HttpClient _anna = null!;
    private HttpClient _bob = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _anna = await App.SignIn("anna", "consulent");
        _bob = await App.SignIn("bob", "financial-officer");
    }

    [Fact]
    public async Task Requesting_a_training_answers_201_with_its_location_and_status()
    {
        var response = await _anna.Post("/api/referrals", Steps.HoudMeVast());

        var created = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Equal("Requested", created.Str("status"));
        Assert.Equal($"/api/referrals/{created.Str("id")}", response.Headers.Location?.ToString());
        var details = await _anna.GetJson(response.Headers.Location!.ToString());
        Assert.Equal(("Z-2026-0001", "houd-me-vast", 2026, "anna"),
            (details.Str("caseReference"), details.Str("scheme"), details["year"]!.GetValue<int>(), details.Str("requestedBy")));
    }

    [Fact]
    public async Task A_houd_me_vast_training_goes_from_reserved_to_scheduled_to_completed_and_uses_its_slot()
    {
        var id = await _anna.ApprovedReferral(_bob);

        var scheduled = await (await _anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-03-14" }))
            .ShouldBe(HttpStatusCode.OK);
        App.Clock.AdvanceDays(30);
        var completed = await (await _anna.Post($"/api/referrals/{id}/complete", new { completedOn = "2026-03-28" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("Scheduled", "2026-03-14"), (scheduled.Str("status"), scheduled.Str("startDate")));
        Assert.Equal(("Completed", "2026-03-28"), (completed.Str("status"), completed.Str("completedOn")));
        var quota = (await _anna.GetJson("/api/allocation/2026"))["schemes"]![0]!;
        Assert.Equal((0, 1, 9), (quota["reserved"]!.GetValue<int>(), quota["consumed"]!.GetValue<int>(), quota["available"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Rejecting_a_referral_records_the_reason_in_its_trail()
    {
        var id = await _anna.RequestedReferral();

        var rejected = await (await _bob.Post($"/api/referrals/{id}/reject", new { reason = "Geen uitzonderlijk geval" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Rejected", rejected.Str("status"));
        var trail = (await _bob.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray();
        var last = trail[^1]!;
        Assert.Equal(("referral_rejected", "bob", "financial-officer", "Geen uitzonderlijk geval"),
            (last.Str("type"), last.Str("user"), last.Str("role"), last.Str("reason")));
        Assert.Equal(App.Clock.GetCurrentInstant().ToString(), last.Str("at"));
        Assert.False(string.IsNullOrEmpty(last.Str("correlationId")));
    }

    [Fact]
    public async Task Withdrawing_a_reserved_referral_gives_its_slot_to_waitlist_position_one_at_once()
    {
        await _bob.SetQuota(1);
        var first = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-1"));
        var second = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-2"));
        var third = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-3"));

        var withdrawn = await (await _anna.Post($"/api/referrals/{first}/withdraw", new { reason = "Stel trekt zich terug" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Withdrawn", withdrawn.Str("status"));
        Assert.Equal("Reserved", (await _anna.GetJson($"/api/referrals/{second}")).Str("status"));
        Assert.Equal(1, (await _anna.GetJson($"/api/referrals/{third}"))["waitlistPosition"]!.GetValue<int>());
        var quota = (await _anna.GetJson("/api/allocation/2026"))["schemes"]![0]!;
        Assert.Equal((1, 0, 1), (quota["reserved"]!.GetValue<int>(), quota["available"]!.GetValue<int>(), quota["waitlist"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Withdrawing_special_assistance_releases_the_commitment_to_the_budget()
    {
        await _bob.SetBudget("5000.00");
        var id = await _anna.ApprovedReferral(_bob, Steps.BijzondereBijstand("1450.00", "200.00"));

        var withdrawn = await (await _bob.Post($"/api/referrals/{id}/withdraw", new { reason = "Dubbele aanvraag" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("Withdrawn", "0.00"), (withdrawn.Str("status"), withdrawn.Str("committed")));
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("0.00", "5000.00"), (budget.Str("committed"), budget.Str("available")));
    }

    [Fact]
    public async Task Raising_the_quota_gives_the_new_slot_to_the_first_waiting_referral()
    {
        await _bob.SetQuota(1);
        await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-1"));
        var waiting = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-2"));

        await _bob.SetQuota(2);

        Assert.Equal("Reserved", (await _anna.GetJson($"/api/referrals/{waiting}")).Str("status"));
    }

    [Fact]
    public async Task Steps_out_of_order_are_invalid_transitions_and_append_nothing()
    {
        var id = await _anna.RequestedReferral();
        var before = await App.EventCountAsync();

        await (await _anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk", startDate = "2026-04-01" })).ShouldBeProblem(409, "invalid-transition");
        await (await _anna.Post($"/api/referrals/{id}/complete", new { completedOn = "2026-03-01" })).ShouldBeProblem(409, "invalid-transition");
        await (await _bob.Post($"/api/referrals/{id}/reject", new { reason = "Nee" })).ShouldBe(HttpStatusCode.OK);
        await (await _anna.Post($"/api/referrals/{id}/withdraw", new { reason = "Toch" })).ShouldBeProblem(409, "invalid-transition");

        Assert.Equal(before + 1, await App.EventCountAsync());
    }

    [Fact]
    public async Task A_started_training_cannot_be_withdrawn()
    {
        var id = await _anna.ApprovedReferral(_bob);
        await (await _anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk", startDate = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);

        await (await _anna.Post($"/api/referrals/{id}/withdraw", new { reason = "Te laat" })).ShouldBeProblem(409, "invalid-transition");
    }
}
