using System.Net;
using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class YearCloseScreenTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_financial_officer_sees_what_keeps_a_year_open_closes_it_on_its_screen_and_the_controller_verifies_its_seal()
    {
        var (anna, officer, controller) = (await App.SignIn("anna", "consulent"), await App.SignIn("bob", "financial-officer"), await App.SignIn("carla", "controller"));
        await officer.SetBudget("5000.00");
        await officer.SetBudget("3000.00", "2027");
        var money = await anna.ApprovedReferral(officer, Steps.BijzondereBijstand("1450.00", "200.00", "Z-1"));
        var undecided = await anna.RequestedReferral(Steps.HoudMeVast("Z-2"));
        App.Clock.Reset(Instant.FromUtc(2027, 1, 12, 9, 0));

        var bob = await SignInAs("bob");
        await bob.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Jaarafsluiting" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("2026");
        await Assertions.Expect(bob.GetByText("Afsluiten wordt nu geweigerd")).ToContainTextAsync("Er wacht nog 1 aanvraag van 2026 op een besluit");
        await CheckAccessibility(bob, "43-jaarafsluiting-geblokkeerd");

        var before = await App.EventCountAsync();
        await bob.GetByRole(AriaRole.Button, new() { Name = "2026 afsluiten en verzegelen" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Alert)).ToContainTextAsync("2026 is niet afgesloten. Er wacht nog 1 aanvraag van 2026 op een besluit");
        await CheckAccessibility(bob, "44-jaarafsluiting-geweigerd");
        Assert.Equal(before, await App.EventCountAsync());
        Assert.False((await controller.GetJson("/api/years/2026/verify"))["sealed"]!.GetValue<bool>());

        await bob.GetByLabel("Jaar").SelectOptionAsync("2027");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Jaar tonen" }).ClickAsync();
        await Assertions.Expect(bob.GetByText("Afsluiten wordt nu geweigerd")).ToContainTextAsync("2027 is nog niet voorbij");

        await (await officer.Post($"/api/referrals/{undecided}/reject", new { reason = "Geen uitzonderlijk geval" })).ShouldBe(HttpStatusCode.OK);
        await bob.GetByLabel("Jaar").SelectOptionAsync("2026");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Jaar tonen" }).ClickAsync();
        await Assertions.Expect(bob.GetByText("Niets houdt het afsluiten tegen")).ToContainTextAsync("€ 1.250,00 aan verplichtingen mee naar 2027");
        await CheckAccessibility(bob, "45-jaarafsluiting-open");

        await bob.GetByRole(AriaRole.Button, new() { Name = "2026 afsluiten en verzegelen" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("2026 is afgesloten en verzegeld.");
        await Assertions.Expect(bob.GetByText("Afgesloten en verzegeld", new() { Exact = true })).ToBeVisibleAsync();
        var seal = await bob.Locator("#zegel").InnerTextAsync();
        await CheckAccessibility(bob, "46-jaar-verzegeld");

        var verified = await controller.GetJson("/api/years/2026/verify");
        Assert.Equal((true, true, seal), (verified["sealed"]!.GetValue<bool>(), verified["valid"]!.GetValue<bool>(), verified.Str("hash")));
        var carried = await anna.GetJson($"/api/referrals/{money}");
        Assert.Equal(("Committed", 2027), (carried.Str("status"), carried["year"]!.GetValue<int>()));

        var carla = await SignInAs("carla");
        await carla.GotoAsync("/jaarafsluiting?jaar=2026");
        await Assertions.Expect(carla.Locator("#zegel")).ToHaveTextAsync(seal);
        await Assertions.Expect(carla.GetByRole(AriaRole.Button, new() { Name = "2026 afsluiten en verzegelen" })).ToHaveCountAsync(0);
        await CheckAccessibility(carla, "47-jaar-verzegeld-controller");
        await carla.GetByRole(AriaRole.Link, new() { Name = "Zegel van 2026 controleren" }).ClickAsync();
        await Assertions.Expect(carla.GetByRole(AriaRole.Status)).ToContainTextAsync("Het zegel klopt");
    }
}
