using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class FinancialOfficerJourneyTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_claim_goes_from_entry_to_approval_to_a_sepa_batch_to_booked_through_the_screens()
    {
        var provider = await (await App.SignIn("dirk", "admin")).RegisteredProvider();
        var bob = await SignInAs("bob");
        await bob.GotoAsync("/plafonds");
        await CheckAccessibility(bob, "10-plafonds-en-budgetten");
        await bob.GetByLabel("Nieuw budget").First.FillAsync("25.000,00");
        await bob.GetByLabel("Reden (begrotingswijziging)").First.FillAsync("Begroting 2026");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Budget wijzigen" }).First.ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("Het budget voor 2026 is € 25.000,00");

        var anna = await App.SignIn("anna", "consulent");
        var referral = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00"));
        await bob.GotoAsync("/beoordelen");
        await bob.GetByLabel("Reden").FillAsync("Draagkracht getoetst");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("€ 1.250,00 is verplicht");

        var consulent = await SignInAs("anna");
        await consulent.GotoAsync($"/aanvragen/{referral}#declaratie");
        await consulent.GetByLabel("Factuurnummer").FillAsync("F-2026-17");
        await consulent.GetByLabel("Bedrag").FillAsync("600,00");
        await consulent.GetByLabel("Betalen aan").SelectOptionAsync(provider);
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Declaratie vastleggen" }).ClickAsync();
        await Assertions.Expect(consulent.GetByRole(AriaRole.Status)).ToContainTextAsync("De declaratie is vastgelegd");

        await bob.GotoAsync("/declaraties");
        await CheckAccessibility(bob, "11-declaraties");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("De declaratie is goedgekeurd");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Betaalbatch maken" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("De betaalbatch is gemaakt");
        var download = await bob.RunAndWaitForDownloadAsync(() => bob.GetByRole(AriaRole.Link, new() { NameRegex = new("SEPA-bestand downloaden") }).ClickAsync());
        var file = Path.Combine(Browsers.ScreenshotFolder(), download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.Empty(Payments.SepaSchema.Errors(await File.ReadAllBytesAsync(file)));
        await bob.GetByRole(AriaRole.Button, new() { Name = "Uitgevoerd door de bank: boeken" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("geboekt");
        await CheckAccessibility(bob, "12-declaraties-geboekt");

        var budget = (await anna.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("650.00", "600.00"), (budget.Str("committed"), budget.Str("paid")));
    }

    [Fact]
    public async Task A_bank_statement_uploaded_on_its_screen_books_the_batch_and_shows_what_it_left_for_a_person()
    {
        var admin = await App.SignIn("dirk", "admin");
        var (anna, officer) = (await App.SignIn("anna", "consulent"), await App.SignIn("bob", "financial-officer"));
        await officer.SetBudget("10000.00");
        var referral = await anna.CommittedReferral(officer, "1000.00", "Z-1");
        await officer.ApproveClaim(referral, await anna.RecordedClaim(referral, await admin.RegisteredProvider(), "600.00"));
        var (batch, transfers) = await officer.BatchAsync();
        var statement = BankStatementFiles.Statement("STMT-2026-061", "NL34BNGH0285000001",
            [.. transfers.Select(t => BankStatementFiles.Debit(t.Amount, t.EndToEndId)), BankStatementFiles.Debit("89.95", "NOTPROVIDED")]);
        var bob = await SignInAs("bob");

        await bob.GotoAsync("/bankafschriften");
        await CheckAccessibility(bob, "14-bankafschriften");
        await bob.GetByLabel("Bankafschrift (camt.053)").SetInputFilesAsync(new FilePayload
        {
            Name = "afschrift.xml", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(statement),
        });
        await bob.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();

        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("1 betalingen geboekt");
        await Assertions.Expect(bob.GetByRole(AriaRole.Table, new() { NameRegex = new("Niet herkend in afschrift STMT-2026-061") }))
            .ToContainTextAsync("geen overboeking van deze administratie");
        await CheckAccessibility(bob, "15-bankafschrift-ingelezen");
        Assert.Equal("Booked", (await officer.GetJson($"/api/payment-batches/{batch}")).Str("status"));

        await bob.GetByLabel("Bankafschrift (camt.053)").SetInputFilesAsync(new FilePayload
        {
            Name = "ander.xml", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(statement.Replace("NL34BNGH0285000001", "NL91ABNA0417164300")),
        });
        await bob.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Alert)).ToContainTextAsync("van een andere rekening");
    }

    [Fact]
    public async Task A_refusal_reads_as_what_happened_in_dutch()
    {
        var bob = await SignInAs("bob");
        var anna = await App.SignIn("anna", "consulent");
        var officer = await App.SignIn("bob", "financial-officer");
        await officer.SetBudget("312.50");
        await officer.SetQuota(0);
        await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00", "Z-1"));

        await bob.GotoAsync("/beoordelen");
        await bob.GetByLabel("Reden").FillAsync("Toegekend");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();

        await Assertions.Expect(bob.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het budget voor 2026 is niet toereikend: nog € 312,50 beschikbaar");
        await CheckAccessibility(bob, "13-budget-niet-toereikend");

        await anna.RequestedReferral(Steps.HoudMeVast("Z-2"));
        await bob.GotoAsync("/beoordelen");
        await bob.Locator("tr", new() { HasText = "Z-2" }).GetByLabel("Reden").FillAsync("Toegekend");
        await bob.Locator("tr", new() { HasText = "Z-2" }).GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("staat op de wachtlijst, positie 1");
    }
}
