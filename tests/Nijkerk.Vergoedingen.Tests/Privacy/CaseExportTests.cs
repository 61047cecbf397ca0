using System.Net;
using System.Net.Http.Headers;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Privacy;

/// <summary>Subject access (AVG art. 15): everything the ledger holds about a case, for the privacy officer only.</summary>
public class CaseExportTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task The_privacy_officer_exports_every_referral_motivation_account_event_and_look_at_a_case_as_json_and_as_a_dutch_page()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var pia = await App.SignIn("pia", "privacy-officer");
        await bob.SetBudget("5000.00");
        var training = await anna.ApprovedReferral(bob, new { caseReference = "Z-2026-0501", scheme = "houd-me-vast", year = 2026, motivation = "Eigen Plan doorlopen" });
        var money = await anna.RequestedReferral(Steps.BijzondereBijstand("1000.00", "0.00", "Z-2026-0501"));
        await bob.Approve(money);
        await (await anna.Post($"/api/referrals/{money}/claims",
            new { invoiceNumber = "F-1", amount = "400.00", payee = "household", iban = "NL91 ABNA 0417 1643 00", name = "Familie Jansen" })).ShouldBe(HttpStatusCode.Created);
        await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0502"));
        await (await bob.GetAsync($"/api/referrals/{training}")).ShouldBe(HttpStatusCode.OK);

        var export = await pia.GetJson("/api/cases/Z-2026-0501/export");

        var referrals = export["referrals"]!.AsArray();
        Assert.Equal([training, money], referrals.Select(r => r!["referral"].Str("id")));
        Assert.Equal("Eigen Plan doorlopen", referrals[0].Str("motivation"));
        Assert.Equal(("NL91ABNA0417164300", "Familie Jansen"),
            (referrals[1]!["householdAccounts"]![0].Str("iban"), referrals[1]!["householdAccounts"]![0].Str("name")));
        Assert.Equal(["training_requested", "referral_approved", "funds_committed", "claim_recorded"],
            referrals[1]!["events"]!.AsArray().Select(e => e.Str("type")));
        Assert.Contains(export["accessLog"]!.AsArray(), look => look.Str("user") == "bob" && look.Str("action") == "referral");

        using var page = new HttpRequestMessage(HttpMethod.Get, "/api/cases/Z-2026-0501/export");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var html = await (await pia.SendAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("Inzage in de gegevens van zaak Z-2026-0501", html);
        Assert.Contains("Familie Jansen", html);
        // The first export is itself on the record now.
        Assert.Contains((await pia.GetJson("/api/cases/Z-2026-0501/export"))["accessLog"]!.AsArray(), look => look.Str("action") == "case-export");
    }

    [Fact]
    public async Task Only_the_privacy_officer_exports_and_reads_nothing_else_and_an_unknown_case_is_not_found()
    {
        var anna = await App.SignIn("anna", "consulent");
        var carla = await App.SignIn("carla", "controller");
        var pia = await App.SignIn("pia", "privacy-officer");
        var id = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0503"));

        await (await carla.GetAsync("/api/cases/Z-2026-0503/export")).ShouldBeProblem(403, "forbidden");
        await (await anna.GetAsync("/api/cases/Z-2026-0503/export")).ShouldBeProblem(403, "forbidden");
        await (await pia.GetAsync($"/api/referrals/{id}")).ShouldBeProblem(403, "forbidden");
        await (await pia.GetAsync("/api/allocation/2026")).ShouldBeProblem(403, "forbidden");
        await (await pia.GetAsync("/api/cases/Z-2026-9999/export")).ShouldBeProblem(404, "not-found");
    }
}
