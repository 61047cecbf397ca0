using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>
/// The screens take the same command path as the API: a rule refuses the same input with the same field,
/// the screen says it in Dutch beside that field, and nothing is stored — also for a request the screen's
/// own form would not send.
/// </summary>
public class ScreenRulesTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly string TooLong = new('x', 2001);

    private async Task<string> Refused(ScreenClient screen, string page, string action, Dictionary<string, string> fields)
    {
        var before = await App.SnapshotAsync();
        var html = await screen.PostForm(page, action, fields);
        await App.ShouldBeUnchangedSince(before);
        return html;
    }

    private static Dictionary<string, string> Request(string year = "2026", string caseReference = "Z-2026-0001", string motivation = "Eigen Plan doorlopen") => new()
    {
        ["Input.CaseReference"] = caseReference, ["Input.Scheme"] = "houd-me-vast", ["Input.Year"] = year, ["Input.Motivation"] = motivation,
    };

    /// <summary>A consulent and a financial officer, a budget for 2026 and a registered provider.</summary>
    private async Task<(HttpClient Anna, HttpClient Bob, string Provider)> MoneyReady()
    {
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("5000.00");
        return (await App.SignIn("anna", "consulent"), bob, await (await App.SignIn("dirk", "admin")).RegisteredProvider());
    }

    [Fact]
    public async Task A_request_for_a_year_the_form_does_not_offer_is_refused_as_by_the_api()
    {
        var anna = await ScreenClient.SignInAs(App, "anna");

        var html = await Refused(anna, "/aanvragen/nieuw", "/aanvragen/nieuw", Request(year: "2028"));

        Assert.Equal("Kies hoogstens 2027.", ScreenClient.Element(html, "jaar-fout"));
        var api = await (await (await App.SignIn("anna", "consulent")).Post("/api/referrals", Steps.HoudMeVast(year: 2028))).ShouldBeProblem(400, "validation");
        Assert.NotNull(api["errors"]!["year"]);
    }

    [Fact]
    public async Task A_motivation_too_long_and_a_BSN_are_refused_beside_their_fields()
    {
        var anna = await ScreenClient.SignInAs(App, "anna");

        var html = await Refused(anna, "/aanvragen/nieuw", "/aanvragen/nieuw", Request(caseReference: "123456782", motivation: TooLong));

        Assert.Equal("De motivatie mag hoogstens 2000 tekens lang zijn.", ScreenClient.Element(html, "motivatie-fout"));
        Assert.StartsWith("Dit lijkt een BSN", ScreenClient.Element(html, "zaaknummer-fout"));
    }

    [Theory]
    [InlineData("Quota", "capacity", "10", "Kies 2025 of later.")]
    [InlineData("Budget", "amount", "25.000,00", "Kies 2025 of later.")]
    public async Task A_quota_or_budget_for_a_year_long_past_is_refused_on_the_screen(string handler, string field, string value, string message)
    {
        var bob = await ScreenClient.SignInAs(App, "bob");

        var html = await Refused(bob, "/plafonds", $"/plafonds?handler={handler}&year=2023", new() { [field] = value, ["reason"] = "Correctie" });

        Assert.Equal(message, ScreenClient.Element(html, "probleem"));
        var api = await (await (await App.SignIn("bob", "financial-officer")).Put("/api/quotas/houd-me-vast/2023", new { capacity = 10, reason = "Correctie" }))
            .ShouldBeProblem(400, "validation");
        Assert.NotNull(api["errors"]!["year"]);
    }

    [Fact]
    public async Task A_capacity_above_the_maximum_is_refused_beside_its_year()
    {
        var bob = await ScreenClient.SignInAs(App, "bob");

        var html = await Refused(bob, "/plafonds", "/plafonds?handler=Quota&year=2026", new() { ["capacity"] = "1001", ["reason"] = "Meer" });

        Assert.Equal("Vul het aantal plekken in, van 0 tot en met 1000.", ScreenClient.Element(html, "plafond-2026-fout"));
    }

    [Fact]
    public async Task A_decision_reason_too_long_is_refused_in_its_row()
    {
        var id = await (await App.SignIn("anna", "consulent")).RequestedReferral();
        var bob = await ScreenClient.SignInAs(App, "bob");

        var html = await Refused(bob, "/beoordelen", $"/beoordelen?handler=Approve&id={id}", new() { ["reason"] = TooLong });

        Assert.StartsWith("De reden mag hoogstens 2000 tekens lang zijn.", ScreenClient.Element(html, $"probleem-{id}"));
    }

    [Fact]
    public async Task An_invoice_number_and_a_provider_too_long_are_refused_on_the_referral_page()
    {
        var (anna, bob, provider) = await MoneyReady();
        var id = await anna.CommittedReferral(bob, "1000.00");
        var screen = await ScreenClient.SignInAs(App, "anna");

        var claim = await Refused(screen, $"/aanvragen/{id}", $"/aanvragen/{id}?handler=Claim",
            new() { ["invoiceNumber"] = new string('9', 36), ["amount"] = "600,00", ["payee"] = provider });
        var schedule = await Refused(screen, $"/aanvragen/{id}", $"/aanvragen/{id}?handler=Schedule",
            new() { ["provider"] = new string('p', 201), ["startDate"] = "2026-04-01" });

        Assert.Equal("Het factuurnummer mag hoogstens 35 tekens lang zijn.", ScreenClient.Element(claim, "factuur-fout"));
        Assert.Equal("De aanbieder mag hoogstens 200 tekens lang zijn.", ScreenClient.Element(schedule, "aanbieder-fout"));
    }

    [Fact]
    public async Task A_claim_on_a_closed_year_is_refused_on_the_screen_and_stores_no_account()
    {
        var (anna, bob, provider) = await MoneyReady();
        var id = await anna.CommittedReferral(bob, "100.00");
        var claim = await anna.RecordedClaim(id, provider, "100.00", "F-1");
        await bob.ApproveClaim(id, claim);
        await (await bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "100.00", paidOn = "2026-03-02", reference = "B-1" })).ShouldBe(HttpStatusCode.Created);
        App.Clock.Reset(Instant.FromUtc(2027, 1, 12, 9, 0));
        await (await bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);
        var screen = await ScreenClient.SignInAs(App, "anna");

        var html = await Refused(screen, $"/aanvragen/{id}", $"/aanvragen/{id}?handler=Claim",
            new() { ["invoiceNumber"] = "F-2", ["amount"] = "50,00", ["payee"] = "household", ["iban"] = "NL91 ABNA 0417 1643 00" });

        Assert.Contains("Dit jaar is afgesloten en verzegeld", html);
    }

    [Fact]
    public async Task Amounts_in_digits_other_than_0_to_9_are_refused_beside_their_fields_on_the_screens()
    {
        var (anna, bob, provider) = await MoneyReady();
        var id = await anna.CommittedReferral(bob, "1000.00");
        var consulent = await ScreenClient.SignInAs(App, "anna");
        var officer = await ScreenClient.SignInAs(App, "bob");

        var request = await Refused(consulent, "/aanvragen/nieuw", "/aanvragen/nieuw", new()
        {
            ["Input.CaseReference"] = "Z-2026-0009", ["Input.Scheme"] = "bijzondere-bijstand", ["Input.Year"] = "2026",
            ["Input.Motivation"] = "Draagkracht beoordeeld", ["Input.Cost"] = "١٢٣,٠٠", ["Input.OwnContribution"] = "１０,００",
        });
        var claim = await Refused(consulent, $"/aanvragen/{id}", $"/aanvragen/{id}?handler=Claim",
            new() { ["invoiceNumber"] = "F-9", ["amount"] = "٦٠٠,٠٠", ["payee"] = provider });
        var budget = await Refused(officer, "/plafonds", "/plafonds?handler=Budget&year=2026", new() { ["amount"] = "２５.０００,００", ["reason"] = "Begroting" });

        Assert.Equal("Vul de kosten in euro's in, bijvoorbeeld 1.450,00.", ScreenClient.Element(request, "kosten-fout"));
        Assert.Equal("Vul de eigen bijdrage in euro's in, bijvoorbeeld 200,00.", ScreenClient.Element(request, "eigen-bijdrage-fout"));
        Assert.Equal("Vul het bedrag in euro's in, bijvoorbeeld 600,00.", ScreenClient.Element(claim, "bedrag-fout"));
        Assert.Equal("Vul het budget in euro's in, bijvoorbeeld 25.000,00.", ScreenClient.Element(budget, "budget-2026-fout"));
    }
}
