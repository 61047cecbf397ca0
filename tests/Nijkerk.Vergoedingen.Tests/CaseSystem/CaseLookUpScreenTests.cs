using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>The referral's screen looks its zaak up again through the command <c>POST /api/referrals/{id}/zaak</c> sends.</summary>
public class CaseLookUpScreenTests(LedgerApp app) : CaseSystemTest(app)
{
    [Fact]
    public async Task A_zaak_not_found_is_looked_up_again_from_the_referral_screen_and_then_linked()
    {
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var id = await LinkedAsync(anna, "Z-2026-0404");
        var screen = await ScreenClient.SignInAs(ledger.Host, "anna");
        Assert.Contains("Zaak opnieuw zoeken</button>", await (await screen.GetAsync($"/aanvragen/{id}")).Content.ReadAsStringAsync());
        var zaak = Api.AddZaak("Z-2026-0404");

        var answer = await screen.PostForm($"/aanvragen/{id}", $"/aanvragen/{id}?handler=CaseLookup", []);

        Assert.Contains("De zaak wordt opnieuw gezocht in het zaaksysteem.", answer);
        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("caseLink") == "Linked", "the referral is linked after all");
        Assert.Equal(zaak, (await anna.GetJson($"/api/referrals/{id}")).Str("zaak"));
        var events = await ledger.Host.SignIn("carla", "controller");
        Assert.Contains((await events.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray(),
            e => (e.Str("type"), e.Str("user"), e.Str("role")) == ("case_lookup_requested", "anna", "consulent"));
        Assert.DoesNotContain("Zaak opnieuw zoeken</button>", await (await screen.GetAsync($"/aanvragen/{id}")).Content.ReadAsStringAsync());
        Assert.Empty(Contract.Violations);
    }
}
