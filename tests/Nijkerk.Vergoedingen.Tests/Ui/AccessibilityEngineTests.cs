using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>Each engine of the accessibility check finds a fault planted in a page, and the check fails on it.</summary>
public class AccessibilityEngineTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task Axe_core_finds_an_image_without_a_text_alternative()
    {
        var failure = await CheckedWithImageWithoutAlt("99-bewust-fout-axe");

        Assert.Contains(failure.Findings, f => f is { Engine: Engines.Axe, Rule: "image-alt", Target: "#bewust-fout" });
    }

    [Fact]
    public async Task Ibms_engine_finds_an_image_without_a_text_alternative()
    {
        var failure = await CheckedWithImageWithoutAlt("99-bewust-fout-ibm");

        Assert.Contains(failure.Findings, f => f is { Engine: Engines.Ibm, Rule: "img_alt_valid" } && f.Target.EndsWith("/img[1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_codesniffer_finds_an_image_without_a_text_alternative()
    {
        var failure = await CheckedWithImageWithoutAlt("99-bewust-fout-htmlcs");

        Assert.Contains(failure.Findings, f => f is { Engine: Engines.HtmlCodeSniffer, Rule: "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37", Target: "img#bewust-fout" });
    }

    [Fact]
    public async Task The_nu_html_checker_finds_an_element_the_server_sent_where_it_may_not_be()
    {
        var carla = await SignInAs("carla");
        // The server's answer with a div inside a table. The browser's parser moves it out before the
        // table, so only the HTML as sent still shows the fault, and that is what the checker reads.
        await carla.RouteAsync("**/controle", async route =>
        {
            var response = await route.FetchAsync();
            var body = (await response.TextAsync()).Replace("</main>",
                "<table><div id=\"bewust-fout\">Blok in een tabel</div><tr><td>cel</td></tr></table></main>", StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body });
        });
        await carla.GotoAsync("/controle");
        await Assertions.Expect(carla.Locator("#bewust-fout + table")).ToBeAttachedAsync();

        var failure = await Assert.ThrowsAsync<InaccessiblePage>(() => CheckAccessibility(carla, "99-bewust-fout-html"));

        Assert.Contains(failure.Findings, f => f is { Engine: Engines.Nu, Rule: "Start tag “div” seen in “table”." }
            && f.Target.Contains("<table><div id=\"bewust-fout\">", StringComparison.Ordinal));
    }

    private async Task<InaccessiblePage> CheckedWithImageWithoutAlt(string name)
    {
        var carla = await SignInAs("carla");
        await carla.EvaluateAsync("() => { const i = document.createElement('img'); i.src = '/bewust-fout.png'; i.id = 'bewust-fout'; document.querySelector('main').appendChild(i); }");
        return await Assert.ThrowsAsync<InaccessiblePage>(() => CheckAccessibility(carla, name));
    }
}
