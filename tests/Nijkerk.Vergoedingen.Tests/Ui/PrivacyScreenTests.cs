using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Retention;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>The privacy officer's screen: a case's subject access export, and its erasure with four eyes.</summary>
public class PrivacyScreenTests(LedgerApp app) : ScreenTest(app)
{
    private const string Case = "Z-2026-0601";

    [Fact]
    public async Task A_case_is_looked_up_and_its_export_opened_and_every_opening_is_in_the_access_log()
    {
        await (await App.SignIn("anna", "consulent")).RequestedReferral(Steps.HoudMeVast(Case));
        var pien = await SignInAs("pien");
        await pien.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Privacyverzoeken" }).ClickAsync();
        await Assertions.Expect(pien.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacyverzoeken");
        await Assertions.Expect(pien.GetByText("Er wacht geen verzoek tot wissen op bevestiging.")).ToBeVisibleAsync();
        await CheckAccessibility(pien, "53-privacy");

        await pien.Locator("#zoek-zaak").FillAsync("z-2026-0601");
        await pien.GetByRole(AriaRole.Button, new() { Name = "Opzoeken" }).ClickAsync();
        await CheckAccessibility(pien, "53-privacy-zaak");
        await pien.GetByRole(AriaRole.Link, new() { Name = $"Inzageoverzicht van zaak {Case} openen" }).ClickAsync();

        await Assertions.Expect(pien.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Inzage in de gegevens van zaak {Case}");
        await Assertions.Expect(pien.GetByText("Eigen Plan en Doorbraakmethode doorlopen")).ToBeVisibleAsync();
        await CheckAccessibility(pien, "54-inzageoverzicht");
        var carla = await App.SignIn("carla", "controller");
        var log = (await carla.GetJson($"/api/access-log?caseReference={Case}&user=pien"))["items"]!.AsArray();
        Assert.Contains(log, e => (e.Str("action"), e.Str("subject")) == ("case-export", Case));

        await pien.GotoAsync("/privacy/inzage?zaak=Z-2026-9999");
        await Assertions.Expect(pien.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het grootboek kent geen aanvraag met dit zaaknummer.");
        await CheckAccessibility(pien, "54-inzage-onbekende-zaak");
        Assert.Empty((await carla.GetJson("/api/access-log?caseReference=Z-2026-9999"))["items"]!.AsArray());
    }

    [Fact]
    public async Task An_erasure_asked_for_by_one_privacy_officer_is_refused_to_her_and_confirmed_by_another()
    {
        var anna = await App.SignIn("anna", "consulent");
        var referral = await anna.RequestedReferral(Steps.HoudMeVast(Case));
        var pien = await SignInAs("pien");
        await pien.GotoAsync("/privacy");

        var before = await App.SnapshotAsync();
        await pien.GetByRole(AriaRole.Button, new() { Name = "Wissen aanvragen" }).ClickAsync();
        await Assertions.Expect(pien.GetByRole(AriaRole.Alert)).ToContainTextAsync("Er is niets vastgelegd");
        await Assertions.Expect(pien.Locator("#wissen-zaak-fout")).ToHaveTextAsync("Vul het zaaknummer in.");
        await Assertions.Expect(pien.Locator("#wissen-reden-fout")).ToHaveTextAsync("Vul de reden in.");
        await CheckAccessibility(pien, "55-wissen-velden-geweigerd");
        await pien.Locator("#wissen-zaak").FillAsync("Z-2026-9999");
        await pien.Locator("#wissen-reden").FillAsync("Verzoek van de betrokkene");
        await pien.GetByRole(AriaRole.Button, new() { Name = "Wissen aanvragen" }).ClickAsync();
        await Assertions.Expect(pien.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het grootboek kent geen aanvraag met dit zaaknummer.");
        await App.ShouldBeUnchangedSince(before);

        await pien.Locator("#wissen-zaak").FillAsync(Case);
        await pien.Locator("#wissen-reden").FillAsync("Verzoek van de betrokkene, brief van 5 januari");
        await pien.GetByRole(AriaRole.Button, new() { Name = "Wissen aanvragen" }).ClickAsync();
        await Assertions.Expect(pien.GetByRole(AriaRole.Status)).ToContainTextAsync("Een andere privacy officer moet het bevestigen.");
        var waiting = pien.GetByRole(AriaRole.Table, new() { NameRegex = new("een tweede privacy officer moet bevestigen") });
        await Assertions.Expect(waiting.GetByRole(AriaRole.Row, new() { NameRegex = new(Case) })).ToContainTextAsync("pien");
        await Assertions.Expect(pien.GetByRole(AriaRole.Table, new() { NameRegex = new($"Verzoeken tot wissen van zaak {Case}") })).ToContainTextAsync("Wacht op bevestiging");
        await CheckAccessibility(pien, "55-wissen-gevraagd");

        var asked = await App.SnapshotAsync();
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en wissen" }).ClickAsync();
        await Assertions.Expect(pien.GetByRole(AriaRole.Alert)).ToContainTextAsync("U heeft dit verzoek tot wissen zelf gedaan; een andere privacy officer moet het bevestigen.");
        await CheckAccessibility(pien, "55-wissen-vier-ogen");
        await App.ShouldBeUnchangedSince(asked);
        var pia = await App.SignIn("pia", "privacy-officer");
        Assert.Equal("Eigen Plan en Doorbraakmethode doorlopen", Motivation(await pia.GetJson($"/api/cases/{Case}/export")));

        var priya = await SignInAs("priya");
        await priya.GotoAsync("/privacy");
        await priya.GetByRole(AriaRole.Row, new() { NameRegex = new(Case) }).GetByRole(AriaRole.Button, new() { Name = "Bevestigen en wissen" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Status)).ToContainTextAsync($"De persoonsgegevens van zaak {Case} zijn gewist (2 documenten)");
        await Assertions.Expect(priya.GetByRole(AriaRole.Table, new() { NameRegex = new($"Verzoeken tot wissen van zaak {Case}") })).ToContainTextAsync("Gewist");
        await Assertions.Expect(priya.GetByText("Er wacht geen verzoek tot wissen op bevestiging.")).ToBeVisibleAsync();
        await CheckAccessibility(priya, "55-wissen-bevestigd");

        var export = await pia.GetJson($"/api/cases/{Case}/export");
        Assert.Equal("[gewist]", Motivation(export));
        Assert.DoesNotContain("Doorbraakmethode", export.ToJsonString());
        Assert.Equal("Requested", (await (await App.SignIn("anna", "consulent")).GetJson($"/api/referrals/{referral}")).Str("status"));
        var erased = await App.Database.EventsAsync("select type, data::text from {schema}.mt_events where type = 'personal_data_erased'");
        Assert.Contains("\"by\": \"priya\"", Assert.Single(erased).Item2);
    }

    [Fact]
    public async Task A_tampered_confirmation_or_request_is_refused_in_dutch_and_changes_nothing()
    {
        await (await App.SignIn("anna", "consulent")).RequestedReferral(Steps.HoudMeVast(Case));
        var screen = await ScreenClient.SignInAs(App, "pien");
        var before = await App.SnapshotAsync();

        var page = await screen.PostForm("/privacy", "/privacy?handler=Confirm", new() { ["zaak"] = Case });
        Assert.Contains("Dit verzoek tot wissen bestaat niet (meer) voor deze zaak.", page);
        page = await screen.PostForm("/privacy", "/privacy?handler=Confirm", new() { ["id"] = "onbekend" });
        Assert.Contains("Dit verzoek tot wissen bestaat niet (meer) voor deze zaak.", page);
        page = await screen.PostForm("/privacy", "/privacy?handler=Request", new() { ["zaak"] = new string('Z', 60), ["reason"] = "Verzoek" });
        Assert.Contains("Het zaaknummer mag hoogstens", page);

        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task An_erasure_nobody_confirmed_in_time_shows_as_lapsed_and_waits_no_more()
    {
        await (await App.SignIn("anna", "consulent")).RequestedReferral(Steps.HoudMeVast(Case));
        var pia = await App.SignIn("pia", "privacy-officer");
        await (await pia.Post($"/api/cases/{Case}/erase", new { reason = "Brief van mevrouw De Vries" })).ShouldBe(HttpStatusCode.Accepted);
        App.Clock.Advance(Duration.FromDays(365 * 7 + 3));
        for (var night = 0; night < 2; night++)
        {
            using var scope = App.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeForTenantAsync("nijkerk", new EraseExpiredPersonalData(Nijkerk.Vergoedingen.Common.Amsterdam.DateOf(App.Clock.GetCurrentInstant())));
        }

        var pien = await SignInAs("pien");
        await pien.GotoAsync($"/privacy?zaak={Case}");

        await Assertions.Expect(pien.GetByRole(AriaRole.Table, new() { NameRegex = new($"Verzoeken tot wissen van zaak {Case}") }))
            .ToContainTextAsync("Vervallen: niet op tijd bevestigd");
        await Assertions.Expect(pien.GetByText("Er wacht geen verzoek tot wissen op bevestiging.")).ToBeVisibleAsync();
        await CheckAccessibility(pien, "55-wissen-vervallen");
    }

    private static string? Motivation(System.Text.Json.Nodes.JsonObject export) => export["referrals"]![0]!.Str("motivation");
}
