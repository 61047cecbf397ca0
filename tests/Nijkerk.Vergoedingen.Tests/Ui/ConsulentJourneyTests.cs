using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class ConsulentJourneyTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_referral_goes_from_request_to_approval_to_schedule_to_completion_through_the_screens()
    {
        var anna = await SignInAs("anna");
        await CheckAccessibility(anna, "01-start-consulent");

        await anna.GotoAsync("/aanvragen/nieuw");
        await CheckAccessibility(anna, "02-nieuwe-aanvraag");
        await anna.GetByLabel("Zaaknummer").FillAsync("Z-2026-0042");
        await anna.GetByLabel("Stichting Houd Me Vast").CheckAsync();
        await anna.GetByLabel("Motivatie").FillAsync("Eigen Plan en Doorbraakmethode doorlopen; uitzonderlijk geval");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await Assertions.Expect(anna.GetByRole(AriaRole.Status)).ToContainTextAsync("Aanvraag Z-2026-0042 is ingediend");
        await Assertions.Expect(anna.GetByRole(AriaRole.Table)).ToContainTextAsync("Aangevraagd");
        await CheckAccessibility(anna, "03-mijn-aanvragen");

        var bob = await SignInAs("bob");
        await bob.GotoAsync("/beoordelen");
        await CheckAccessibility(bob, "04-te-beoordelen");
        await bob.GetByLabel("Reden").FillAsync("Past binnen het beleid");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("plek gereserveerd");

        await anna.GotoAsync("/aanvragen");
        await anna.GetByRole(AriaRole.Link, new() { Name = "Plannen" }).ClickAsync();
        await CheckAccessibility(anna, "05-aanvraag-plannen");
        await anna.GetByLabel("Aanbieder").FillAsync("Praktijk De Brug");
        await anna.GetByLabel("Startdatum").FillAsync("2026-03-02");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Inplannen" }).ClickAsync();
        await Assertions.Expect(anna.GetByRole(AriaRole.Status)).ToContainTextAsync("ingepland");
        await anna.GetByLabel("Afgerond op").FillAsync("2026-03-02");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Afronden" }).ClickAsync();
        await Assertions.Expect(anna.Locator(".status")).ToContainTextAsync("Afgerond");
        await CheckAccessibility(anna, "06-aanvraag-afgerond");
    }

    [Fact]
    public async Task The_request_form_works_with_the_keyboard_alone()
    {
        var anna = await SignInAs("anna");
        await anna.GotoAsync("/aanvragen/nieuw");

        await anna.Keyboard.PressAsync("Tab");
        await Assertions.Expect(anna.Locator(".utrecht-skip-link")).ToBeFocusedAsync();
        await anna.Locator("#zaaknummer").FocusAsync();
        await anna.Keyboard.TypeAsync("Z-2026-0043");
        await anna.Keyboard.PressAsync("Tab");
        await anna.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(anna.GetByLabel("Bijzondere bijstand")).ToBeCheckedAsync();
        await anna.Keyboard.PressAsync("Tab");
        await anna.Keyboard.PressAsync("Tab");
        await anna.Keyboard.TypeAsync("Draagkracht beoordeeld; Eigen Plan doorlopen");
        await anna.Keyboard.PressAsync("Tab");
        await anna.Keyboard.TypeAsync("1.450,00");
        await anna.Keyboard.PressAsync("Tab");
        await anna.Keyboard.TypeAsync("200,00");
        await Assertions.Expect(anna.Locator("#gemeentelijk-deel")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("1\\.250,00"));
        await anna.Keyboard.PressAsync("Enter");

        await Assertions.Expect(anna.GetByRole(AriaRole.Status)).ToContainTextAsync("Aanvraag Z-2026-0043 is ingediend");
    }

    [Fact]
    public async Task A_mistake_is_told_in_dutch_next_to_the_field()
    {
        var anna = await SignInAs("anna");
        await anna.GotoAsync("/aanvragen/nieuw");

        await anna.GetByLabel("Zaaknummer").FillAsync("123456782");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();

        await Assertions.Expect(anna.Locator("#zaaknummer-fout")).ToContainTextAsync("Dit lijkt een BSN");
        await Assertions.Expect(anna.Locator("#motivatie-fout")).ToContainTextAsync("Vul de motivatie in");
        await Assertions.Expect(anna.GetByLabel("Zaaknummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckAccessibility(anna, "07-aanvraag-met-fouten");
        Assert.Equal(0, await App.EventCountAsync());
    }
}
