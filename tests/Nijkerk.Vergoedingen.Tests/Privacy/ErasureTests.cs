using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Privacy;

/// <summary>Erasure (AVG art. 17), four eyes: the household's personal documents go, every amount, count and seal stays.</summary>
public class ErasureTests(LedgerApp app) : LedgerTest(app)
{
    private const string Case = "Z-2026-0601";

    private async Task<(HttpClient Anna, HttpClient Bob, string Money, string Claim)> CaseWithAPaidHouseholdClaimAsync()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("5000.00");
        await bob.SetBudget("5000.00", "2027");
        await anna.ApprovedReferral(bob, new { caseReference = Case, scheme = "houd-me-vast", year = 2026, motivation = "Gezin Jansen in crisis" });
        var money = await anna.RequestedReferral(Steps.BijzondereBijstand("1000.00", "0.00", Case));
        await bob.Approve(money);
        var claim = (await (await anna.Post($"/api/referrals/{money}/claims",
            new { invoiceNumber = "F-1", amount = "400.00", payee = "household", iban = "NL91 ABNA 0417 1643 00", name = "Familie Jansen" })).ShouldBe(HttpStatusCode.Created)).Str("claimId");
        await bob.ApproveClaim(money, claim);
        await (await bob.Post($"/api/referrals/{money}/claims/{claim}/payments", new { amount = "400.00", paidOn = "2026-03-02", reference = "BANK-1" })).ShouldBe(HttpStatusCode.Created);
        return (anna, bob, money, claim);
    }

    [Fact]
    public async Task A_confirmed_erasure_leaves_every_view_amount_and_seal_as_it_was_and_the_texts_read_gewist()
    {
        var (_, bob, money, _) = await CaseWithAPaidHouseholdClaimAsync();
        App.Clock.Reset(Instant.FromUtc(2027, 1, 12, 9, 0));
        await (await bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);
        var carla = await App.SignIn("carla", "controller");
        var pia = await App.SignIn("pia", "privacy-officer");
        var piet = await App.SignIn("piet", "privacy-officer");
        var allocation = (await carla.GetJson("/api/allocation/2026")).ToJsonString();
        var verify = (await carla.GetJson("/api/years/2026/verify")).ToJsonString();
        var referral = (await carla.GetJson($"/api/referrals/{money}")).ToJsonString();
        var events = await App.EventCountAsync();
        Assert.Equal("Past binnen het beleid", ApprovalReason(await carla.GetJson($"/api/referrals/{money}/events")));
        var screens = await ScreenClient.SignInAs(App, "anna");
        Assert.Contains("Draagkracht beoordeeld", await PageAsync(screens, $"/aanvragen/{money}"));

        var requested = await (await pia.Post($"/api/cases/{Case}/erase", new { reason = "Verzoek van de betrokkene, brief van 5 januari" })).ShouldBe(HttpStatusCode.Accepted);
        Assert.Equal("Requested", requested.Str("status"));
        var erased = await (await piet.Post($"/api/cases/{Case}/erase/{requested.Str("id")}/confirm")).ShouldBe(HttpStatusCode.OK);

        // Two motivations, two approvals' reasons, the erasure's own reason, the household's account.
        Assert.Equal(("Erased", 6), (erased.Str("status"), erased["documents"]!.GetValue<int>()));
        await (await piet.Post($"/api/cases/{Case}/erase/{requested.Str("id")}/confirm")).ShouldBeProblem(409, "invalid-transition");
        Assert.Equal(allocation, (await carla.GetJson("/api/allocation/2026")).ToJsonString());
        Assert.Equal(verify, (await carla.GetJson("/api/years/2026/verify")).ToJsonString());
        Assert.Equal(referral, (await carla.GetJson($"/api/referrals/{money}")).ToJsonString());
        Assert.Contains("\"valid\":true", verify);
        Assert.Equal(events + 2, await App.EventCountAsync());
        Assert.Equal("[gewist]", ApprovalReason(await carla.GetJson($"/api/referrals/{money}/events")));
        var page = await PageAsync(screens, $"/aanvragen/{money}");
        Assert.Contains("[gewist]", page);
        Assert.DoesNotContain("Draagkracht beoordeeld", page);
        Assert.DoesNotContain("Past binnen het beleid", page);
        Assert.Equal(0, await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_doc_personaltext where data ->> 'text' <> '[gewist]' or data ->> 'salt' <> ''"));
        var export = (await pia.GetJson($"/api/cases/{Case}/export")).ToJsonString();
        Assert.DoesNotContain("Jansen", export);
        Assert.DoesNotContain("beleid", export);
        Assert.DoesNotContain("NL91ABNA0417164300", export);
        Assert.Contains("\"motivation\":\"[gewist]\"", export);
        Assert.Contains("\"iban\":\"[gewist]\"", export);
        var verified = await AppProcess.RunAsync(App, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "verify-projections");
        Assert.True(verified.ExitCode == 0, verified.All);
    }

    [Fact]
    public async Task The_requester_cannot_confirm_and_a_claim_awaiting_payment_holds_it_back_each_changing_nothing()
    {
        var (anna, _, money, _) = await CaseWithAPaidHouseholdClaimAsync();
        var pia = await App.SignIn("pia", "privacy-officer");
        var piet = await App.SignIn("piet", "privacy-officer");
        var id = (await (await pia.Post($"/api/cases/{Case}/erase", new { reason = "Verzoek van de betrokkene" })).ShouldBe(HttpStatusCode.Accepted)).Str("id");

        await Refused(() => pia.Post($"/api/cases/{Case}/erase/{id}/confirm"), 403, "four-eyes");
        await Refused(() => anna.Post($"/api/cases/{Case}/erase/{id}/confirm"), 403, "forbidden");
        await Refused(() => piet.Post($"/api/cases/Z-2026-0602/erase/{id}/confirm"), 404, "not-found");
        await Refused(() => pia.Post("/api/cases/Z-2026-0699/erase", new { reason = "Verzoek" }), 404, "not-found");
        await (await anna.Post($"/api/referrals/{money}/claims",
            new { invoiceNumber = "F-2", amount = "100.00", payee = "household", iban = "NL91 ABNA 0417 1643 00", name = "Familie Jansen" })).ShouldBe(HttpStatusCode.Created);
        await Refused(() => piet.Post($"/api/cases/{Case}/erase/{id}/confirm"), 409, "invalid-transition");
    }

    private static async Task<string> PageAsync(ScreenClient screens, string url) =>
        WebUtility.HtmlDecode(await (await screens.GetAsync(url)).EnsureSuccessStatusCode().Content.ReadAsStringAsync());

    private static string ApprovalReason(System.Text.Json.Nodes.JsonObject trail) =>
        trail["items"]!.AsArray().Single(e => e.Str("type") == "referral_approved").Str("reason");

    private async Task Refused(Func<Task<HttpResponseMessage>> send, int status, string code)
    {
        var before = await App.SnapshotAsync();
        await (await send()).ShouldBeProblem(status, code);
        await App.ShouldBeUnchangedSince(before);
    }
}
