using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class AdminJourneyTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task An_admin_sets_a_mandate_on_its_screen_and_an_approval_above_it_reads_as_refused_in_dutch()
    {
        var dirk = await SignInAs("dirk");
        await dirk.GotoAsync("/mandaten");
        await CheckAccessibility(dirk, "16-mandaten");
        await dirk.GetByLabel("Gebruikersnaam van de financieel medewerker").FillAsync("bob");
        await dirk.GetByLabel("Hoogste verplichting per goedkeuring").FillAsync("1.000,00");
        await dirk.GetByLabel("Geldig vanaf").FillAsync("2026-01-01");
        await dirk.GetByRole(AriaRole.Button, new() { Name = "Mandaat vastleggen" }).ClickAsync();
        // Without its reason a mandate is not recorded.
        await Assertions.Expect(dirk.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de reden in.");
        await CheckAccessibility(dirk, "17-mandaten-reden-ontbreekt");
        await dirk.GetByLabel("Hoogste verplichting per goedkeuring").FillAsync("1.000,00");
        await dirk.GetByLabel("Gebruikersnaam van de financieel medewerker").FillAsync("bob");
        await dirk.GetByLabel("Geldig vanaf").FillAsync("2026-01-01");
        await dirk.GetByLabel("Reden (mandaatbesluit)").FillAsync("Mandaatbesluit 2026");
        await dirk.GetByRole(AriaRole.Button, new() { Name = "Mandaat vastleggen" }).ClickAsync();
        await Assertions.Expect(dirk.GetByRole(AriaRole.Status)).ToContainTextAsync("Het mandaat van bob is vastgelegd.");
        await Assertions.Expect(dirk.GetByRole(AriaRole.Table)).ToContainTextAsync("€ 1.000,00");

        var officer = await App.SignIn("bob", "financial-officer");
        await officer.SetBudget("10000.00");
        await (await App.SignIn("anna", "consulent")).RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00"));
        var bob = await SignInAs("bob");
        await bob.GotoAsync("/beoordelen");
        await bob.GetByLabel("Reden").FillAsync("Draagkracht getoetst");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();

        await Assertions.Expect(bob.GetByRole(AriaRole.Alert)).ToContainTextAsync("hoger dan uw mandaat");
        await CheckAccessibility(bob, "18-boven-mandaat");
    }
}
