using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>The region admin adds and changes the region's municipalities on a screen, through the command the API sends.</summary>
public class RegionAdminScreenTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_municipality_is_added_and_changed_on_its_screen_and_the_api_shows_it()
    {
        var rutger = await SignInAs("rutger");
        await rutger.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Gemeenten", Exact = true }).ClickAsync();
        await Assertions.Expect(rutger.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gemeenten van de regio");
        await CheckAccessibility(rutger, "50-gemeenten");

        await rutger.GetByLabel("Korte naam").FillAsync("leusden");
        await rutger.GetByLabel("Naam", new() { Exact = true }).FillAsync("Gemeente Leusden");
        await rutger.GetByLabel("IBAN van de gemeente").FillAsync("NL91 ABNA 0417 1643 00");
        await rutger.GetByLabel("BIC (mag leeg)").FillAsync("abnanl2a");
        await rutger.GetByLabel("Standaardplafond (trainingen per jaar)").FillAsync("4");
        await rutger.GetByLabel("Reserveringstermijn (dagen)").FillAsync("28");
        await rutger.GetByLabel("Reden (mag leeg)").FillAsync("Besluit portefeuillehoudersoverleg");
        await rutger.GetByRole(AriaRole.Button, new() { Name = "Gemeente toevoegen" }).ClickAsync();

        await Assertions.Expect(rutger.GetByRole(AriaRole.Status)).ToContainTextAsync("Gemeente Leusden is toegevoegd aan de regio");
        await Assertions.Expect(rutger.GetByRole(AriaRole.Row, new() { NameRegex = new("Gemeente Leusden") })).ToContainTextAsync("28 dagen");
        await CheckAccessibility(rutger, "50-gemeente-toegevoegd");
        var rob = await App.SignIn("rob", "region-admin", tenant: "foodvalley");
        var leusden = await LeusdenAsync(rob, version: 1);
        Assert.Equal(("Gemeente Leusden", "NL91ABNA0417164300", "ABNANL2A", 4, "28.00:00:00"),
            (leusden.Str("name"), leusden.Str("iban"), leusden.Str("bic"), leusden["defaultCapacity"]!.GetValue<int>(), leusden.Str("reservationExpiry")));
        Assert.Equal(["houd-me-vast", "bijzondere-bijstand"], leusden["schemes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var events = await App.Database.EventsAsync(
            "select type, data::text from {schema}.mt_events where stream_id = 'municipality/leusden' and tenant_id = 'foodvalley'");
        Assert.Contains("\"by\": \"rutger\"", Assert.Single(events).Item2);

        await rutger.GetByRole(AriaRole.Link, new() { Name = "Gemeente Leusden wijzigen" }).ClickAsync();
        await Assertions.Expect(rutger.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gemeente Leusden wijzigen");
        await Assertions.Expect(rutger.GetByLabel("Reserveringstermijn (dagen)")).ToHaveValueAsync("28");
        await CheckAccessibility(rutger, "52-gemeente-wijzigen");
        await rutger.GetByLabel("Stichting Houd Me Vast").UncheckAsync();
        await rutger.GetByLabel("Standaardplafond (trainingen per jaar)").FillAsync("6");
        await rutger.GetByRole(AriaRole.Button, new() { Name = "Wijziging vastleggen" }).ClickAsync();

        await Assertions.Expect(rutger.GetByRole(AriaRole.Status)).ToContainTextAsync("Gemeente Leusden is gewijzigd");
        var changed = await LeusdenAsync(rob, version: 2);
        Assert.Equal(["bijzondere-bijstand"], changed["schemes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(6, changed["defaultCapacity"]!.GetValue<int>());
    }

    /// <summary>Leusden as the API lists it, once the API's node sees this version: it reads the municipalities again when its copy is no longer fresh.</summary>
    private static async Task<System.Text.Json.Nodes.JsonNode> LeusdenAsync(HttpClient api, long version)
    {
        System.Text.Json.Nodes.JsonNode? leusden = null;
        await Eventually.Holds(async () =>
        {
            leusden = (await api.GetJson("/api/municipalities"))["items"]!.AsArray().SingleOrDefault(m => m.Str("slug") == "leusden");
            return leusden?["version"]?.GetValue<long>() == version;
        }, $"the API lists version {version} of Leusden");
        return leusden!;
    }

    [Fact]
    public async Task A_refused_municipality_shows_why_in_dutch_and_adds_or_changes_nothing()
    {
        var rutger = await SignInAs("rutger");
        await rutger.GotoAsync("/gemeenten");
        var before = await App.SnapshotAsync();

        await rutger.GetByLabel("Korte naam").FillAsync("nijkerk");
        await rutger.GetByLabel("Naam", new() { Exact = true }).FillAsync("Gemeente Nijkerk");
        await rutger.GetByLabel("IBAN van de gemeente").FillAsync("NL91 ABNA 0417 1643 00");
        await rutger.GetByLabel("Standaardplafond (trainingen per jaar)").FillAsync("12");
        await rutger.GetByLabel("Reserveringstermijn (dagen)").FillAsync("56");
        await rutger.GetByRole(AriaRole.Button, new() { Name = "Gemeente toevoegen" }).ClickAsync();

        await Assertions.Expect(rutger.GetByRole(AriaRole.Alert)).ToContainTextAsync("De regio heeft al een gemeente met deze korte naam");
        await CheckAccessibility(rutger, "51-gemeente-bestaat-al");
        await App.ShouldBeUnchangedSince(before);

        await rutger.GetByLabel("Korte naam").FillAsync("Leus den");
        await rutger.GetByLabel("IBAN van de gemeente").FillAsync("NL00 ABNA 0000 0000 00");
        await rutger.GetByLabel("Stichting Houd Me Vast").UncheckAsync();
        await rutger.GetByLabel("Bijzondere bijstand").UncheckAsync();
        await rutger.GetByLabel("Reserveringstermijn (dagen)").FillAsync("vier weken");
        await rutger.GetByRole(AriaRole.Button, new() { Name = "Gemeente toevoegen" }).ClickAsync();

        await Assertions.Expect(rutger.GetByRole(AriaRole.Alert)).ToContainTextAsync("Er is niets vastgelegd");
        await Assertions.Expect(rutger.Locator("#slug-fout")).ToContainTextAsync("Gebruik 2 tot 40 kleine letters en streepjes");
        await Assertions.Expect(rutger.Locator("#iban-fout")).ToContainTextAsync("Vul een geldig IBAN in");
        await Assertions.Expect(rutger.Locator("#regelingen-fout")).ToHaveTextAsync("Kies ten minste één regeling die de gemeente aanbiedt.");
        await Assertions.Expect(rutger.Locator("#reserveringstermijn-fout")).ToHaveTextAsync("Vul de termijn in als een aantal dagen, zoals 56.");
        await Assertions.Expect(rutger.GetByLabel("Korte naam")).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckAccessibility(rutger, "51-gemeente-velden-geweigerd");

        await rutger.GotoAsync("/gemeenten/ede");
        await rutger.GetByLabel("Reserveringstermijn (dagen)").FillAsync("400");
        await rutger.GetByRole(AriaRole.Button, new() { Name = "Wijziging vastleggen" }).ClickAsync();
        await Assertions.Expect(rutger.Locator("#reserveringstermijn-fout")).ToHaveTextAsync("Vul een termijn in van 1 tot en met 365 dagen.");
        await CheckAccessibility(rutger, "52-gemeente-wijzigen-geweigerd");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_tampered_form_is_refused_field_by_field_without_an_error_page_and_adds_nothing()
    {
        var screen = await ScreenClient.SignInAs(App, "rutger");
        var before = await App.SnapshotAsync();

        var page = await screen.PostForm("/gemeenten", "/gemeenten", new()
        {
            ["Input.Slug"] = "leusden", ["Input.Name"] = "Gemeente Leusden", ["Input.Iban"] = "NL91ABNA0417164300",
            ["Input.Schemes"] = "elders", ["Input.DefaultCapacity"] = "99999999999", ["Input.ReservationDays"] = "99999999",
        });

        Assert.Contains("Kies een regeling uit de lijst.", page);
        Assert.Contains("Vul het standaardplafond in als een heel aantal trainingen, zoals 12.", page);
        Assert.Contains("Vul de termijn in als een aantal dagen, zoals 56.", page);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await screen.GetAsync("/gemeenten/bestaat-niet")).StatusCode);
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task Only_the_region_admin_has_the_municipalities_screen()
    {
        var ria = await SignInAs("ria");
        await Assertions.Expect(ria.GetByRole(AriaRole.Link, new() { Name = "Gemeenten", Exact = true })).ToHaveCountAsync(0);
        await ria.GotoAsync("/gemeenten");
        await Assertions.Expect(ria.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
    }
}
