using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class ProviderScreenTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task An_admin_registers_a_provider_on_its_screen_and_a_refused_registration_registers_none()
    {
        var admin = await App.SignIn("dirk", "admin");
        var dirk = await SignInAs("dirk");
        await dirk.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Aanbieders" }).ClickAsync();
        await Assertions.Expect(dirk.GetByText("Er zijn nog geen aanbieders geregistreerd.")).ToBeVisibleAsync();
        await CheckAccessibility(dirk, "40-aanbieders-leeg");

        var before = await App.EventCountAsync();
        await dirk.GetByLabel("Naam van de praktijk").FillAsync("Praktijk De Brug");
        await dirk.GetByLabel("IBAN", new() { Exact = true }).FillAsync("NL91 ABNA 0417 1643 01");
        await dirk.GetByRole(AriaRole.Button, new() { Name = "Aanbieder registreren" }).ClickAsync();

        await Assertions.Expect(dirk.GetByRole(AriaRole.Alert)).ToContainTextAsync("De aanbieder is niet geregistreerd.");
        await Assertions.Expect(dirk.GetByLabel("IBAN", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(dirk.Locator("#iban-fout")).ToHaveTextAsync("Vul een geldig IBAN in, zoals NL91 ABNA 0417 1643 00.");
        await CheckAccessibility(dirk, "41-aanbieder-geweigerd");
        Assert.Empty((await admin.GetJson("/api/providers"))["items"]!.AsArray());
        Assert.Equal(before, await App.EventCountAsync());

        // What was typed stays, so only the account is put right.
        await Assertions.Expect(dirk.GetByLabel("Naam van de praktijk")).ToHaveValueAsync("Praktijk De Brug");
        await dirk.GetByLabel("IBAN", new() { Exact = true }).FillAsync("NL91 ABNA 0417 1643 00");
        await dirk.GetByLabel("BIC (niet verplicht)").FillAsync("ABNANL2A");
        await dirk.GetByRole(AriaRole.Button, new() { Name = "Aanbieder registreren" }).ClickAsync();

        await Assertions.Expect(dirk.GetByRole(AriaRole.Status)).ToContainTextAsync("Praktijk De Brug is geregistreerd als aanbieder.");
        await Assertions.Expect(dirk.GetByRole(AriaRole.Table, new() { Name = "Geregistreerde aanbieders, op naam" })).ToContainTextAsync("Praktijk De Brug");
        await CheckAccessibility(dirk, "42-aanbieders");
        var registered = Assert.Single((await admin.GetJson("/api/providers"))["items"]!.AsArray());
        Assert.Equal(("Praktijk De Brug", "NL91ABNA0417164300", "ABNANL2A"),
            (registered.Str("name"), registered.Str("iban").Replace(" ", "", StringComparison.Ordinal), registered.Str("bic")));
    }

    [Fact]
    public async Task Only_an_admin_registers_a_provider()
    {
        var bob = await SignInAs("bob");
        await Assertions.Expect(bob.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Aanbieders" }))
            .ToHaveCountAsync(0);
        await bob.GotoAsync("/aanbieders");
        await Assertions.Expect(bob.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await Assertions.Expect(bob.GetByRole(AriaRole.Button, new() { Name = "Aanbieder registreren" })).ToHaveCountAsync(0);
    }
}
