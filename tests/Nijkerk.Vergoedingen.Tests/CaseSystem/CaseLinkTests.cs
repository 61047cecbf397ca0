using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>
/// A referral requested in a municipality with a zaaksysteem is linked to its zaak: the zaak found by the case
/// reference, its URL on the referral, the referral registered on the zaak as a zaakobject — once, through
/// failures and lost answers, and every call held to the Zaken API's published contract.
/// </summary>
public class CaseLinkTests(LedgerApp app) : CaseSystemTest(app)
{
    [Fact]
    public async Task A_requested_referral_gets_its_zaak_and_is_registered_on_it_once_within_the_contract()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");

        var id = await LinkedAsync(anna, "Z-2026-0001");

        var referral = await anna.GetJson($"/api/referrals/{id}");
        Assert.Equal((zaak, "Linked"), (referral.Str("zaak"), referral.Str("caseLink")));
        var registered = Assert.Single(Api.ZaakObjecten);
        Assert.Equal((zaak, $"{PublicBaseUrl}/api/referrals/{id}", "overige", "verwijzing relatietraining"),
            (registered.Str("zaak"), registered.Str("object"), registered.Str("objectType"), registered.Str("objectTypeOverige")));
        Assert.Equal(1, await ledger.CountAsync("case_linked", id));
        // Every call carried a valid ZGW token (and Accept-Crs where the contract asks it), and nothing broke the contract.
        Assert.All(Api.Calls, c => Assert.Equal("", c.Problem));
        Assert.Contains(Api.Calls, c => c.Call == $"GET /zaken/api/v1/zaken?bronorganisatie={StandInZakenApi.Rsin}&identificatie=Z-2026-0001");
        Assert.Empty(Contract.Violations);
    }

    [Fact]
    public async Task A_zaaksysteem_failing_the_first_calls_or_losing_an_answer_still_gets_one_zaakobject()
    {
        Api.AddZaak("Z-1");
        Api.AddZaak("Z-2");
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");

        Api.FailFirst(2);
        var failing = await LinkedAsync(anna, "Z-1");
        // The zaakobject is made, but the answer never reaches the ledger: it looks before it asks again.
        Api.LoseFirstCreatedAnswer = true;
        var lost = await LinkedAsync(anna, "Z-2");

        foreach (var id in new[] { failing, lost })
        {
            Assert.Equal("Linked", (await anna.GetJson($"/api/referrals/{id}")).Str("caseLink"));
            Assert.Single(Api.ZaakObjecten, o => o.Str("object") == $"{PublicBaseUrl}/api/referrals/{id}");
            Assert.Equal(1, await ledger.CountAsync("case_linked", id));
        }
        Assert.Equal(2, Api.ZaakObjecten.Count);
        Assert.Empty(Contract.Violations);
    }

    [Fact]
    public async Task A_node_stopped_while_its_zaakobject_was_being_made_links_the_referral_once_when_it_is_back()
    {
        Api.AddZaak("Z-2026-0001");
        Api.HoldFirstCreatedAnswer = true;
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var id = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0001"));
        await Eventually.Holds(() => Task.FromResult(Api.ZaakObjecten.Count == 1), "the zaakobject is made, its answer held");

        // The node goes down while the link waits for the answer: the zaakobject exists, the ledger has recorded nothing.
        await ledger.StopAsync();
        Assert.Equal(0, await ledger.CountAsync("case_linked", id));
        Api.ReleaseHeldAnswer();
        ledger.Start();
        anna = await ledger.SignIn("anna", "consulent");

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}"))["caseLink"]?.GetValue<string>() == "Linked", "the referral is linked once the node is back");
        Assert.Single(Api.ZaakObjecten);
        Assert.Equal(1, await ledger.CountAsync("case_linked", id));
        Assert.Empty(Contract.Violations);
    }

    [Fact]
    public async Task A_node_killed_while_its_zaakobject_was_being_made_links_the_referral_once_when_a_node_runs_again()
    {
        Api.AddZaak("Z-2026-0001");
        Api.HoldFirstCreatedAnswer = true;
        await using var ledger = Ledger();
        string id;
        await using (var node = await AppServer.StartAsync(App, ledger.Schema, Settings()))
        {
            var anna = await node.SignIn("anna", "consulent");
            id = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0001"));
            await Eventually.Holds(() => Task.FromResult(Api.ZaakObjecten.Count == 1), "the zaakobject is made, its answer held");

            // Killed between the zaakobject made and its answer: nothing of the node runs after, nothing is recorded.
            await node.KillAsync();
        }
        Assert.Equal(0, await ledger.CountAsync("case_linked", id));
        Api.ReleaseHeldAnswer();
        ledger.Start();
        var consulent = await ledger.SignIn("anna", "consulent");

        await Eventually.Holds(async () => (await consulent.GetJson($"/api/referrals/{id}"))["caseLink"]?.GetValue<string>() == "Linked",
            "the referral is linked once a node runs again");
        Assert.Single(Api.ZaakObjecten);
        Assert.Equal(1, await ledger.CountAsync("case_linked", id));
        Assert.Empty(Contract.Violations);
    }

    [Fact]
    public async Task A_case_reference_with_no_zaak_shows_the_zaak_was_not_found_and_registers_nothing()
    {
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");

        var id = await LinkedAsync(anna, "Z-2026-0404");

        var referral = await anna.GetJson($"/api/referrals/{id}");
        Assert.Equal("NotFound", referral.Str("caseLink"));
        Assert.Null(referral["zaak"]);
        Assert.True(referral.ContainsKey("zaak"), "the answer names the zaak, as null");
        Assert.Empty(Api.ZaakObjecten);
        Assert.Empty(Contract.Violations);
    }

    [Fact]
    public async Task A_zaak_not_found_is_looked_up_again_on_request_and_then_linked()
    {
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var id = await LinkedAsync(anna, "Z-2026-0404");
        var zaak = Api.AddZaak("Z-2026-0404");

        await (await anna.Post($"/api/referrals/{id}/zaak", new { })).ShouldBe(HttpStatusCode.OK);

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("caseLink") == "Linked", "the referral is linked after all");
        Assert.Equal(zaak, (await anna.GetJson($"/api/referrals/{id}")).Str("zaak"));
        Assert.Equal(1, await ledger.CountAsync("case_lookup_requested", id));
        // Linked now: nothing to look up; in a municipality without a zaaksysteem: nowhere to look.
        await (await anna.Post($"/api/referrals/{id}/zaak", new { })).ShouldBeProblem(409, "invalid-transition");
        var ede = await ledger.Host.SignIn("anna", "consulent", "ede");
        var elsewhere = await ede.RequestedReferral(Steps.HoudMeVast("Z-2026-0404"));
        await (await ede.Post($"/api/referrals/{elsewhere}/zaak", new { })).ShouldBeProblem(409, "invalid-transition");
        Assert.Equal(1, await ledger.CountAsync("case_lookup_requested"));
    }

    [Fact]
    public async Task The_screens_link_the_referral_to_its_zaak_and_say_when_it_was_not_found()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var linked = await LinkedAsync(anna, "Z-2026-0001");
        var unknown = await LinkedAsync(anna, "Z-2026-0404");
        var bob = await ScreenClient.SignInAs(ledger.Host, "bob");

        var review = await (await bob.GetAsync("/beoordelen")).Content.ReadAsStringAsync();
        var page = await (await bob.GetAsync($"/aanvragen/{linked}")).Content.ReadAsStringAsync();
        var notFound = await (await bob.GetAsync($"/aanvragen/{unknown}")).Content.ReadAsStringAsync();

        Assert.Matches("Z-2026-0404</a>\\s*<span class=\"zaakmelding\"> \\(zaak niet gevonden\\)</span>", review);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(review, "zaakmelding"));
        Assert.Contains($"<a class=\"utrecht-link utrecht-link--html-a\" href=\"{zaak}\" rel=\"noopener\">Z-2026-0001 in het zaaksysteem</a>", page);
        Assert.Matches("<dt[^>]*>Zaak</dt><dd[^>]*>zaak niet gevonden</dd>", notFound);
    }

    [Fact]
    public async Task A_municipality_without_a_zaaksysteem_is_not_linked_and_nothing_is_asked()
    {
        Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger();
        ledger.Start();
        var ede = await ledger.Host.SignIn("anna", "consulent", "ede");

        var id = await ede.RequestedReferral(Steps.HoudMeVast("Z-2026-0001"));

        var referral = await ede.GetJson($"/api/referrals/{id}");
        Assert.Null(referral["zaak"]);
        Assert.False(referral.ContainsKey("caseLink"));
        Assert.Equal(0, await ledger.PendingAsync("LinkCase") + await ledger.HandledAsync("LinkCase"));
        Assert.Empty(Api.Calls);
    }
}
