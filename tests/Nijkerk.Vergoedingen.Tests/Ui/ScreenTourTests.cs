using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Tests.Support;
using Nijkerk.Vergoedingen.Ui;
using Nijkerk.Vergoedingen.Ui.Pages;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>
/// Every page of every role, as a new municipality first sees it (empty), with the pages the role may not open
/// and one that does not exist: each is checked and photographed. The journeys check the same pages filled and
/// with their refusals.
/// </summary>
public class ScreenTourTests(LedgerApp app) : ScreenTest(app)
{
    /// <summary>Pages a role reaches from another page rather than from the menu.</summary>
    private static readonly Dictionary<string, string[]> Beyond = new()
    {
        [Roles.Controller] = ["/controle/2026/audittrail", "/reports/2026"],
        [Roles.RegionalController] = ["/reports/region/2026"],
    };

    public static TheoryData<string> EveryRole() => [.. Roles.Known];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_page_of_a_role_passes_the_checks_when_the_ledger_is_still_empty(string role)
    {
        var user = SignInModel.DemoUsers.First(u => u.Role == role).User;
        var page = await SignInAs(user);
        await CheckAccessibility(page, $"tour-{role}-start");

        var own = Navigation.Links.Where(l => l.Role == role).Select(l => l.Href).Concat(Beyond.GetValueOrDefault(role, [])).Distinct().ToList();
        Assert.NotEmpty(own);
        foreach (var href in own)
        {
            var response = await page.GotoAsync(href);
            Assert.True(response!.Ok, $"{role} {href}: {response.Status}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await CheckAccessibility(page, $"tour-{role}{Slug(href)}");
        }

        var foreign = Navigation.Links.First(l => !own.Contains(l.Href) && l.Role != role).Href;
        await page.GotoAsync(foreign);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await CheckAccessibility(page, $"tour-{role}-geen-toegang");
    }

    [Fact]
    public async Task The_pages_anyone_reaches_pass_the_checks_too()
    {
        var context = await (await Browsers.BrowserAsync()).NewContextAsync(new() { BaseURL = BaseUrl, Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            foreach (var (href, heading) in new[] { ("/inloggen", "Inloggen"), ("/fout/404", "Pagina niet gevonden"), ("/fout/500", "Er ging iets mis"), ("/geen-toegang", "Geen toegang") })
            {
                await page.GotoAsync(href, new() { Timeout = Browsers.ColdStartTimeout });
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
                await CheckAccessibility(page, $"tour-iedereen{Slug(href)}");
            }
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    private static string Slug(string href) => "-" + string.Join('-', href.Split('/', '?', '=', '&').Where(p => p.Length > 0));
}
