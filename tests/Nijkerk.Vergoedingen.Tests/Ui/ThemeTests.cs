using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;
using Nijkerk.Vergoedingen.Ui;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>
/// The screens wear the NL Design System's neutral theme, and a municipality's own design tokens where its
/// configuration names them (Development configures Barneveld's as an example): no code changes between them.
/// </summary>
public class ThemeTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task A_municipality_with_a_theme_of_its_own_sees_its_colours_and_another_the_neutral_theme()
    {
        var barneveld = await SignInAs("bob", "barneveld");
        await barneveld.GotoAsync("/plafonds");
        await Assertions.Expect(barneveld.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("gemeente-barneveld"));
        var themed = await barneveld.GetByRole(AriaRole.Button, new() { Name = "Plafond wijzigen" }).First.EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        Assert.Equal("rgb(0, 101, 58)", themed);
        await CheckAccessibility(barneveld, "60-thema-barneveld");

        var nijkerk = await SignInAs("bob");
        await nijkerk.GotoAsync("/plafonds");
        var neutral = await nijkerk.GetByRole(AriaRole.Button, new() { Name = "Plafond wijzigen" }).First.EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        Assert.Equal("rgb(81, 21, 239)", neutral);
        Assert.DoesNotContain("gemeente-", await nijkerk.Locator("body").GetAttributeAsync("class") ?? "");
    }

    [Fact]
    public async Task The_design_system_stylesheets_and_a_theme_are_served_to_anyone_and_an_unknown_theme_is_not()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        foreach (var href in DesignSystem.Stylesheets)
        {
            var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {response.StatusCode}");
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
        var theme = await client.GetStringAsync("/design-system/gemeente/barneveld.css");
        Assert.Contains(".gemeente-barneveld {", theme);
        Assert.Contains("--basis-color-action-1-inverse-bg-default: #00653a;", theme);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/design-system/gemeente/ede.css")).StatusCode);
    }

    [Fact]
    public void A_token_that_is_no_design_token_or_a_value_with_css_of_its_own_is_left_out()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Themes:ede:basis-color-accent-1-bg-default"] = "#fafafa",
            ["Themes:ede:basis-text-font-family-default"] = "'Fira Sans', sans-serif",
            ["Themes:ede:basis-color-default-bg-document"] = "red; } body { display: none",
            ["Themes:ede:Basis Kleur"] = "#000000",
        }).Build();
        var services = new ServiceCollection().Configure<Dictionary<string, Dictionary<string, string>>>(configuration.GetSection(Themes.Section)).BuildServiceProvider();
        var themes = new Themes(services.GetRequiredService<IOptionsMonitor<Dictionary<string, Dictionary<string, string>>>>());

        var css = themes.StylesheetOf("ede")!;

        Assert.Equal(".gemeente-ede {\n  --basis-color-accent-1-bg-default: #fafafa;\n  --basis-text-font-family-default: 'Fira Sans', sans-serif;\n}\n", css);
        Assert.Null(themes.StylesheetOf("rhenen"));
    }
}
