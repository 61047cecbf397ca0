using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class PaymentScreenTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_financial_officer_books_a_single_payment_on_an_approved_claim_and_a_refused_one_books_nothing()
    {
        var bob = await SignInAs("bob");
        await bob.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Losse betalingen" }).ClickAsync();
        await Assertions.Expect(bob.GetByText("Er wachten geen goedgekeurde declaraties buiten een betaalbatch op betaling.")).ToBeVisibleAsync();
        await CheckAccessibility(bob, "48-losse-betalingen-leeg");

        var (anna, officer) = (await App.SignIn("anna", "consulent"), await App.SignIn("bob", "financial-officer"));
        await officer.SetBudget("10000.00");
        var referral = await anna.CommittedReferral(officer, "1000.00", "Z-1");
        var claim = await anna.RecordedClaim(referral, await (await App.SignIn("dirk", "admin")).RegisteredProvider(), "600.00");
        await officer.ApproveClaim(referral, claim);

        await bob.ReloadAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Table)).ToContainTextAsync("€ 600,00");
        await CheckAccessibility(bob, "48-losse-betalingen");
        await bob.GetByRole(AriaRole.Link, new() { Name = "Betaling boeken op F-2026-17 van Z-1" }).ClickAsync();
        await Assertions.Expect(bob.GetByLabel("Bedrag")).ToHaveValueAsync("600,00");
        await CheckAccessibility(bob, "49-betaling-boeken");

        // More than is approved and unpaid: refused beside the amount, and nothing is booked.
        var before = await App.EventCountAsync();
        await bob.GetByLabel("Bedrag").FillAsync("650,00");
        await bob.GetByLabel("Bankreferentie").FillAsync("E2E-0001");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Betaling boeken" }).ClickAsync();
        await Assertions.Expect(bob.Locator("#bedrag-fout")).ToHaveTextAsync("Dit is meer dan het goedgekeurde bedrag dat nog niet betaald is.");
        await Assertions.Expect(bob.GetByLabel("Bedrag")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(bob.GetByRole(AriaRole.Alert)).ToContainTextAsync("De betaling is niet geboekt.");
        await CheckAccessibility(bob, "49-betaling-te-hoog");
        Assert.Equal(before, await App.EventCountAsync());
        Assert.Equal("0.00", await Paid(officer, referral));

        await bob.GetByLabel("Bedrag").FillAsync("100,00");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Betaling boeken" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("De betaling van € 100,00 op 02-03-2026 is geboekt.");
        Assert.Equal("100.00", await Paid(officer, referral));

        // A bank reference booked already, for another payment: refused beside the reference.
        await bob.GetByRole(AriaRole.Link, new() { Name = "Betaling boeken op F-2026-17 van Z-1" }).ClickAsync();
        await Assertions.Expect(bob.GetByLabel("Bedrag")).ToHaveValueAsync("500,00");
        await bob.GetByLabel("Bankreferentie").FillAsync("E2E-0001");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Betaling boeken" }).ClickAsync();
        await Assertions.Expect(bob.Locator("#bankreferentie-fout")).ToContainTextAsync("Deze bankreferentie is al geboekt voor een andere betaling");
        await CheckAccessibility(bob, "49-bankreferentie-al-geboekt");
        Assert.Equal("100.00", await Paid(officer, referral));

        await bob.GetByLabel("Bankreferentie").FillAsync("E2E-0002");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Betaling boeken" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("De betaling van € 500,00 op 02-03-2026 is geboekt.");
        await Assertions.Expect(bob.GetByText("Er wachten geen goedgekeurde declaraties buiten een betaalbatch op betaling.")).ToBeVisibleAsync();
        var paid = Assert.Single((await officer.GetJson("/api/claims?status=Paid"))["items"]!.AsArray());
        Assert.Equal((claim, "600.00"), (paid.Str("claimId"), paid.Str("paid")));
        var budget = (await officer.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("400.00", "600.00"), (budget.Str("committed"), budget.Str("paid")));
    }

    /// <summary>What is paid on the referral, as the API says it.</summary>
    private static async Task<string> Paid(HttpClient officer, string referral) => (await officer.GetJson($"/api/referrals/{referral}")).Str("paid");
}
