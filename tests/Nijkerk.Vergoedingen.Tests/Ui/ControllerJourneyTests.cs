using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Ui;

public class ControllerJourneyTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_controller_sees_the_year_its_trail_verifies_the_seal_and_exports()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        await bob.SetBudget("5000.00");
        var referral = await anna.ApprovedReferral(bob);
        await anna.ApprovedReferral(bob, Steps.BijzondereBijstand("1450.00", "200.00", "Z-2"));
        App.Clock.Reset(Instant.FromUtc(2027, 1, 6, 9, 0));
        await bob.SetBudget("5000.00", "2027");
        await (await bob.Post("/api/years/2026/close")).ShouldBe(System.Net.HttpStatusCode.OK);

        var carla = await SignInAs("carla");
        await carla.GotoAsync("/controle?jaar=2026");
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Name = "Jaaroverzicht 2026" })).ToBeVisibleAsync();
        Assert.Equal(2, await carla.Locator("svg.chart").CountAsync());
        await CheckAccessibility(carla, "20-jaaroverzicht");

        await carla.GetByRole(AriaRole.Button, new() { Name = "Zegel van 2026 controleren" }).ClickAsync();
        await Assertions.Expect(carla.GetByRole(AriaRole.Status)).ToContainTextAsync("Het zegel klopt");
        await CheckAccessibility(carla, "21-zegel-gecontroleerd");

        await carla.GetByRole(AriaRole.Link, new() { Name = "Audittrail van 2026", Exact = true }).ClickAsync();
        await Assertions.Expect(carla.GetByRole(AriaRole.Table)).ToContainTextAsync("year_sealed");
        await CheckAccessibility(carla, "22-audittrail");
        var csv = await carla.RunAndWaitForDownloadAsync(() => carla.GetByRole(AriaRole.Link, new() { Name = "Download alles als CSV" }).ClickAsync());
        var text = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.StartsWith("Sequence,Stream,Version,Type,At,User,Role,Reason,CorrelationId,Data", text);

        await carla.GotoAsync($"/aanvragen/{referral}");
        await Assertions.Expect(carla.GetByRole(AriaRole.Table)).ToContainTextAsync("referral_carried_over");
        await CheckAccessibility(carla, "23-verloop-van-een-aanvraag");

        await carla.GotoAsync("/reports/2026");
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Raadsinformatiebrief 2026");
        await CheckAccessibility(carla, "24-raadsinformatiebrief");
    }

    [Fact]
    public async Task Pages_a_role_may_not_see_and_pages_that_do_not_exist_answer_in_dutch()
    {
        var carla = await SignInAs("carla");

        await carla.GotoAsync("/beoordelen");
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await CheckAccessibility(carla, "30-geen-toegang");
        await carla.GotoAsync("/bestaat-niet");
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await CheckAccessibility(carla, "31-niet-gevonden");
        await carla.Context.ClearCookiesAsync();
        await carla.GotoAsync("/controle");
        await Assertions.Expect(carla).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inloggen"));
        await CheckAccessibility(carla, "32-inloggen");
    }

    [Fact]
    public async Task Every_screen_answers_with_a_content_security_policy_without_inline_script()
    {
        var response = await (await SignInAs("carla")).GotoAsync("/controle");

        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }
}
