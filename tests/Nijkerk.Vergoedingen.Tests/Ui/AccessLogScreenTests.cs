using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>The controller reads who looked at which case on a screen, filtered and paged as the API reads it.</summary>
public class AccessLogScreenTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task The_access_log_is_filtered_by_user_case_and_period_and_paged_as_the_api_reads_it()
    {
        var carla = await SignInAs("carla");
        await carla.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Inzagelog" }).ClickAsync();
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inzagelog");
        await Assertions.Expect(carla.GetByText("Er is nog niets vastgelegd.")).ToBeVisibleAsync();
        await CheckAccessibility(carla, "56-inzagelog-leeg");

        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var first = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0301"));
        var second = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0302"));
        for (var look = 0; look < 30; look++)
        {
            await bob.GetJson($"/api/referrals/{first}");
        }
        await (await App.SignIn("fleur", "financial-officer")).GetJson($"/api/referrals/{second}");

        await carla.GetByLabel("Gebruiker").FillAsync("BOB");
        await carla.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        var table = carla.GetByRole(AriaRole.Table);
        await Assertions.Expect(table).ToContainTextAsync("30 vastgelegd, pagina 1 van 2");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(25);
        await Assertions.Expect(table.Locator("tbody tr").First).ToContainTextAsync("financieel medewerker");
        await CheckAccessibility(carla, "57-inzagelog-gefilterd");
        var api = await (await App.SignIn("carla", "controller")).GetJson("/api/access-log?user=BOB&pageSize=25&page=2");
        Assert.Equal(30, api["total"]!.GetValue<long>());

        await carla.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await Assertions.Expect(table).ToContainTextAsync("pagina 2 van 2");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(api["items"]!.AsArray().Count);
        await Assertions.Expect(carla.GetByLabel("Gebruiker")).ToHaveValueAsync("BOB");
        await CheckAccessibility(carla, "57-inzagelog-pagina-2");
        await Assertions.Expect(carla.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" })).ToHaveCountAsync(0);

        await carla.GetByLabel("Gebruiker").FillAsync("");
        await carla.GetByLabel("Zaaknummer").FillAsync("z-2026-0302");
        await carla.GetByLabel("Van").FillAsync("2026-03-02");
        await carla.GetByLabel("Tot en met").FillAsync("2026-03-02");
        await carla.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(table.Locator("tbody tr")).ToContainTextAsync("fleur");
        await Assertions.Expect(table.Locator("tbody tr")).ToContainTextAsync("Z-2026-0302");
        await Assertions.Expect(table.GetByRole(AriaRole.Link, new() { Name = "Aanvraag bekijken" })).ToHaveAttributeAsync("href", $"/aanvragen/{second}");

        await carla.GetByLabel("Van").FillAsync("2026-03-03");
        await carla.GetByLabel("Tot en met").FillAsync("");
        await carla.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(carla.GetByText("Er is niets vastgelegd dat bij deze filters past.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_period_that_is_no_date_is_said_beside_its_field_and_nothing_is_shown()
    {
        await (await App.SignIn("bob", "financial-officer")).GetJson(
            $"/api/referrals/{await (await App.SignIn("anna", "consulent")).RequestedReferral()}");
        var carla = await SignInAs("carla");

        await carla.GotoAsync("/controle/inzage?van=gisteren&gebruiker=bob");

        await Assertions.Expect(carla.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een datum in, zoals 02-03-2026.");
        await Assertions.Expect(carla.GetByLabel("Van")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(carla.Locator("#van-fout")).ToHaveTextAsync("Vul een datum in, zoals 02-03-2026.");
        await Assertions.Expect(carla.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await CheckAccessibility(carla, "58-inzagelog-datum-geweigerd");
        await carla.GotoAsync("/controle/inzage?gebruiker=bob");
        await Assertions.Expect(carla.GetByRole(AriaRole.Table)).ToContainTextAsync("1 vastgelegd");
    }
}
