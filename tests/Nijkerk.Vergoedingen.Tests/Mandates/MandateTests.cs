using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Mandates;

/// <summary>
/// Each approval of money stays within the approver's mandate at that instant, and the trail names the mandate; the
/// register keeps every mandate, readable as it stood at any instant.
/// </summary>
public class MandateTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task An_approval_above_the_mandate_is_refused_until_a_raise_takes_effect_and_the_trail_names_the_mandate()
    {
        var (anna, bob, admin) = (await App.SignIn("anna", "consulent"), await App.SignIn("bob", "financial-officer"), await App.SignIn("ad", "admin"));
        var controller = await App.SignIn("cor", "controller");
        await bob.SetBudget("10000.00");
        await (await admin.Put("/api/mandates/bob", Mandate("1000.00", "500.00", "2026-01-01", "Mandaatbesluit 2026"))).ShouldBe(HttpStatusCode.OK);
        var referral = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00"));
        var events = await App.EventCountAsync();

        var refused = await (await bob.Post($"/api/referrals/{referral}/approve", new { reason = "Past binnen het beleid" })).ShouldBeProblem(409, "mandate-exceeded");
        Assert.Contains("mandate 1", refused.Str("detail"));
        Assert.Equal(events, await App.EventCountAsync());

        // A raise from April: not yet in March.
        App.Clock.Advance(Duration.FromMinutes(1));
        var beforeRaise = App.Clock.GetCurrentInstant().Minus(Duration.FromSeconds(1));
        await (await admin.Put("/api/mandates/bob", Mandate("2000.00", "500.00", "2026-04-01", "Mandaatbesluit, wijziging"))).ShouldBe(HttpStatusCode.OK);
        await (await bob.Post($"/api/referrals/{referral}/approve", new { reason = "Past binnen het beleid" })).ShouldBeProblem(409, "mandate-exceeded");
        App.Clock.Reset(Instant.FromUtc(2026, 4, 1, 8, 0));
        var approved = await bob.Approve(referral);

        Assert.Equal(("Committed", "1250.00"), (approved.Str("status"), approved.Str("committed")));
        var named = Assert.Single((await controller.GetJson($"/api/referrals/{referral}/events"))["items"]!.AsArray(), e => e.Str("type") == "approved_under_mandate");
        Assert.Equal((2, "bob", 2000m), (named!["data"]!["mandate"]!.GetValue<int>(), named["data"]!.Str("officer"), named["data"]!["limit"]!.GetValue<decimal>()));

        // A claim above the claim limit is refused too; an officer without a mandate of their own, and no default, has no limit.
        var claim = await anna.RecordedClaim(referral, await admin.RegisteredProvider(), "600.00");
        await (await bob.Post($"/api/referrals/{referral}/claims/{claim}/approve")).ShouldBeProblem(409, "mandate-exceeded");
        await (await App.SignIn("carla", "financial-officer")).ApproveClaim(referral, claim);

        // The register as it stood: one mandate at first, two once the raise was recorded.
        Assert.Single((await controller.GetJson($"/api/mandates?asOf={beforeRaise}"))["items"]!.AsArray());
        Assert.Equal(2, (await controller.GetJson("/api/mandates"))["items"]!.AsArray().Count);
        await (await anna.GetAsync("/api/mandates")).ShouldBeProblem(403, "forbidden");
        await (await bob.Put("/api/mandates/bob", Mandate("99999.00", null, "2026-01-01", "Zelf verhoogd"))).ShouldBeProblem(403, "forbidden");
    }

    private static object Mandate(string? commitLimit, string? claimLimit, string effectiveFrom, string reason) => new { commitLimit, claimLimit, effectiveFrom, reason };
}
