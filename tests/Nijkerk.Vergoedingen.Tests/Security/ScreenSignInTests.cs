using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// The screens as a municipality runs them: Production over HTTPS, sign-in at the identity provider
/// (authorization code + PKCE) in Debian's Chromium, and signing out there too.
/// </summary>
public class ScreenSignInTests(LedgerApp app) : LedgerTest(app)
{
    private WebApplicationFactory<Program>? _host;
    private IBrowserContext? _browser;

    [Fact]
    public async Task A_user_signs_in_at_the_identity_provider_gets_its_roles_and_municipality_and_signing_out_ends_its_session()
    {
        var (baseUrl, page) = await OpenProductionOverHttpsAsync();

        // A page that needs sign-in sends the browser to the provider's own sign-in form.
        await page.GotoAsync("/beoordelen", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = Browsers.ColdStartTimeout });
        await SignInAtProviderAsync(page, "bob");

        await Assertions.Expect(page).ToHaveURLAsync($"{baseUrl}/beoordelen", new() { Timeout = Browsers.ColdStartTimeout });
        await Assertions.Expect(page.GetByText("bob (nijkerk)")).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Te beoordelen" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Nieuwe aanvraag" })).ToHaveCountAsync(0);
        var cookies = (await page.Context.CookiesAsync([baseUrl])).Where(c => c.Name.StartsWith("vergoedingen", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.True(c.Secure && c.HttpOnly, $"{c.Name}: secure {c.Secure}, http-only {c.HttpOnly}"));

        // Signing out ends the cookie and, after the provider's confirmation, the provider's session.
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape($"{baseUrl}/inloggen?uitgelogd=true")));
        await Assertions.Expect(page.GetByText("U bent uitgelogd")).ToBeVisibleAsync();

        // Were the provider's session still there, it would sign bob straight back in; it asks who is there.
        await page.GetByRole(AriaRole.Link, new() { Name = "Opnieuw inloggen" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
        Assert.StartsWith(IdentityProvider.Issuer, page.Url);
    }

    [Fact]
    public async Task A_user_the_provider_gives_no_ledger_role_is_not_let_in()
    {
        var (_, page) = await OpenProductionOverHttpsAsync();

        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = Browsers.ColdStartTimeout });
        await SignInAtProviderAsync(page, "mallory");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/geen-toegang"), new() { Timeout = Browsers.ColdStartTimeout });
    }

    private static async Task SignInAtProviderAsync(IPage page, string user)
    {
        await page.Locator("input[name=login]").FillAsync(user);
        await page.Locator("input[name=password]").FillAsync("any password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    /// <summary>A fresh browser on the app started as below; its certificate is the one made for this test.</summary>
    private async Task<(string BaseUrl, IPage Page)> OpenProductionOverHttpsAsync()
    {
        var baseUrl = await StartProductionOverHttpsAsync();
        _browser = await (await Browsers.BrowserAsync()).NewContextAsync(new() { BaseURL = baseUrl, Locale = "nl-NL", IgnoreHTTPSErrors = true });
        _browser.SetDefaultTimeout(Browsers.StepTimeout);
        return (baseUrl, await _browser.NewPageAsync());
    }

    /// <summary>The app on Kestrel over HTTPS (a certificate made here for 127.0.0.1), registered as a client of the provider.</summary>
    private async Task<string> StartProductionOverHttpsAsync()
    {
        var port = Loopback.FreePort();
        var baseUrl = $"https://127.0.0.1:{port}";
        var client = await IdentityProvider.RegisterAsync(baseUrl);
        _host = App.Host("Production", builder => IdentityProvider.Trust(builder, client));
        var certificate = Loopback.Certificate();
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        _host.StartServer();
        using var ready = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == certificate.Thumbprint })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMilliseconds(Browsers.ColdStartTimeout),
        };
        (await ready.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        return baseUrl;
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
