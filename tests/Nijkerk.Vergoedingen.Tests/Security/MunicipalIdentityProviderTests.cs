using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// Several municipalities' providers trusted at once, each with its own claim names: Nijkerk's Entra ID
/// tenant and Barneveld's Keycloak realm. Each acts for its own municipality only, whatever its tokens say.
/// </summary>
public partial class MunicipalIdentityProviderTests(LedgerApp app) : LedgerTest(app), IAsyncLifetime
{
    private WebApplicationFactory<Program> _production = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _production = App.Host("Production", TrustBoth);
    }

    public override async Task DisposeAsync()
    {
        await _production.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>As an operator configures them: Entra's tenant mapped from <c>tid</c>, Keycloak's realm fixed to one municipality.</summary>
    private static void TrustBoth(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ClockSkew", "00:00:00");
        builder.UseSetting("Auth:Issuers:nijkerk:Authority", IdentityProvider.Entra);
        builder.UseSetting("Auth:Issuers:nijkerk:RequireHttpsMetadata", "false");
        builder.UseSetting("Auth:Issuers:nijkerk:Claims:User", "oid");
        builder.UseSetting("Auth:Issuers:nijkerk:Claims:Role", "roles");
        builder.UseSetting("Auth:Issuers:nijkerk:Claims:Tenant", "tid");
        builder.UseSetting($"Auth:Issuers:nijkerk:Municipalities:{IdentityProvider.NijkerkTenant}", "nijkerk");
        builder.UseSetting("Auth:Issuers:barneveld:Authority", IdentityProvider.Keycloak);
        builder.UseSetting("Auth:Issuers:barneveld:RequireHttpsMetadata", "false");
        builder.UseSetting("Auth:Issuers:barneveld:Claims:Role", "realm_access.roles");
        builder.UseSetting("Auth:Issuers:barneveld:Municipality", "barneveld");
    }

    private HttpClient With(string token)
    {
        var client = _production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpClient> At(string issuer, string user) => With(await IdentityProvider.AccessTokenAtAsync(issuer, user));

    [Fact]
    public async Task An_entra_token_acts_in_nijkerk_as_its_oid_with_its_roles()
    {
        var anna = await At(IdentityProvider.Entra, "anna");
        var bob = await At(IdentityProvider.Entra, "bob");

        var id = await anna.RequestedReferral();
        await (await bob.Post($"/api/referrals/{id}/approve", new { reason = "Uitzonderlijk geval" })).ShouldBe(HttpStatusCode.OK);

        var who = (await anna.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray().Select(e => (e.Str("user"), e.Str("role"))).ToList();
        Assert.Contains((IdentityProvider.AnnaOid, "consulent"), who);
        Assert.Contains((IdentityProvider.BobOid, "financial-officer"), who);
        Assert.Equal("nijkerk", (await anna.GetJson("/api/allocation/2026")).Str("tenant"));
        // The roles came from the token's roles array: a consulent may not approve.
        await (await anna.Post($"/api/referrals/{id}/reject", new { reason = "x" })).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task A_keycloak_token_acts_in_barneveld_with_its_realm_roles()
    {
        var anna = await At(IdentityProvider.Keycloak, "anna");

        var id = await anna.RequestedReferral();

        var trail = (await anna.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray();
        Assert.Equal(("anna", "consulent"), (trail[0].Str("user"), trail[0].Str("role")));
        Assert.Equal("barneveld", (await anna.GetJson("/api/allocation/2026")).Str("tenant"));
        // Nijkerk's users, signed in at Nijkerk's provider, do not see it.
        await (await (await At(IdentityProvider.Entra, "anna")).GetAsync($"/api/referrals/{id}")).ShouldBeProblem(404, "not-found");
    }

    [Fact]
    public async Task A_providers_token_claiming_another_municipality_still_acts_for_its_own_only()
    {
        var barneveld = await (await At(IdentityProvider.Keycloak, "anna")).RequestedReferral();
        var nijkerk = await (await At(IdentityProvider.Entra, "anna")).RequestedReferral();
        // Nijkerk's directory gives a user Barneveld's slug as well; Barneveld's gives one Nijkerk's.
        await IdentityProvider.SetUserAsync(IdentityProvider.Entra, "mallory", new JsonObject
        {
            ["oid"] = "0b7e2f4a-1c3d-4e5f-8a9b-00000000000f", ["tid"] = IdentityProvider.NijkerkTenant,
            ["roles"] = new JsonArray("consulent"), ["tenant"] = "barneveld",
        });
        await IdentityProvider.SetUserAsync(IdentityProvider.Keycloak, "mallory", new JsonObject
        {
            ["realm_access"] = new JsonObject { ["roles"] = new JsonArray("consulent") }, ["tenant"] = "nijkerk", ["tid"] = IdentityProvider.NijkerkTenant,
        });
        var fromNijkerk = await At(IdentityProvider.Entra, "mallory");
        var fromBarneveld = await At(IdentityProvider.Keycloak, "mallory");

        await (await fromNijkerk.GetAsync($"/api/referrals/{barneveld}")).ShouldBeProblem(404, "not-found");
        await (await fromBarneveld.GetAsync($"/api/referrals/{nijkerk}")).ShouldBeProblem(404, "not-found");
        Assert.Equal("nijkerk", (await fromNijkerk.GetJson("/api/allocation/2026")).Str("tenant"));
        Assert.Equal("barneveld", (await fromBarneveld.GetJson("/api/allocation/2026")).Str("tenant"));
    }

    [Fact]
    public async Task A_token_of_another_organisation_at_nijkerks_provider_acts_for_no_municipality()
    {
        // Another Entra tenant, unknown to Nijkerk's mapping, whatever else the token claims.
        await IdentityProvider.SetUserAsync(IdentityProvider.Entra, "trudy", new JsonObject
        {
            ["oid"] = "0b7e2f4a-1c3d-4e5f-8a9b-0000000000cc", ["tid"] = "9d8e7f60-0000-4000-8000-00000000ba11",
            ["roles"] = new JsonArray("financial-officer"), ["tenant"] = "barneveld",
        });
        var trudy = await At(IdentityProvider.Entra, "trudy");

        await (await trudy.GetAsync("/api/allocation/2026")).ShouldBeProblem(403, "forbidden");
        await (await trudy.Post("/api/referrals", Steps.HoudMeVast())).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task A_token_of_a_provider_not_trusted_is_refused()
    {
        // The default test provider speaks the ledger's own claim names, but this host does not trust it.
        var untrusted = await IdentityProvider.AccessTokenAsync("anna");
        await (await With(untrusted).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");

        // Nor a token naming a trusted issuer but signed by another key.
        var real = new JsonWebToken(await IdentityProvider.AccessTokenAtAsync(IdentityProvider.Entra, "anna"));
        var forged = new JsonWebTokenHandler().CreateToken(Base64UrlEncoder.Decode(real.EncodedPayload),
            new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = real.Kid }, SecurityAlgorithms.RsaSha256));
        await (await With(forged).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
        await (await With(real.EncodedToken).GetAsync("/api/allocation/2026")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_screens_offer_each_providers_sign_in_and_a_session_is_checked_and_ended_where_it_began()
    {
        var site = new Uri("https://vergoedingen.foodvalley.nl");
        var baseUrl = site.ToString().TrimEnd('/');
        var user = $"kees{Guid.NewGuid():N}"[..12];
        await IdentityProvider.SetUserAsync(IdentityProvider.Keycloak, user, RealmRoles("financial-officer"));
        var nijkerk = await IdentityProvider.RegisterAsync(baseUrl, IdentityProvider.Entra, "nijkerk");
        var barneveld = await IdentityProvider.RegisterAsync(baseUrl, IdentityProvider.Keycloak, "barneveld");
        await using var host = App.Host("Production", builder =>
        {
            TrustBoth(builder);
            ScreensSignInAt(builder, "nijkerk", nijkerk);
            ScreensSignInAt(builder, "barneveld", barneveld);
        });
        var browser = host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = site });

        var choice = await (await browser.GetAsync("/inloggen?returnUrl=%2Fbeoordelen")).Content.ReadAsStringAsync();
        Assert.Contains("Inloggen als medewerker van Gemeente Barneveld", choice);
        Assert.Contains("Inloggen als medewerker van Gemeente Nijkerk", choice);
        await IdentityProvider.SignInAsync(browser, site, user, "/beoordelen", via: "barneveld");
        var review = await browser.GetAsync("/beoordelen");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains($"{user} (barneveld)", await review.Content.ReadAsStringAsync());

        // The re-check asks Barneveld's Keycloak, and reads the roles where that provider keeps them.
        await IdentityProvider.SetUserAsync(IdentityProvider.Keycloak, user, RealmRoles("consulent"));
        App.Clock.Advance(Duration.FromMinutes(16));
        var refused = await browser.GetAsync("/beoordelen");
        Assert.Equal((HttpStatusCode.Redirect, "/geen-toegang"), (refused.StatusCode, IdentityProvider.Target(refused)));
        var start = await browser.GetAsync("/aanvragen/nieuw");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);

        // Signing out ends the session at the provider it began at.
        var token = AntiForgery().Match(await start.Content.ReadAsStringAsync());
        Assert.True(token.Success, "No anti-forgery token on /aanvragen/nieuw");
        var signedOut = await browser.PostAsync("/uitloggen", new FormUrlEncodedContent(
            [new KeyValuePair<string, string>("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
        Assert.StartsWith($"{IdentityProvider.Keycloak}/session/end", signedOut.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_choice_of_provider_on_the_sign_in_page_passes_the_accessibility_checks()
    {
        // Outside Development, so over HTTPS on a real socket, as a browser reaches it.
        var port = Loopback.FreePort();
        var site = $"https://127.0.0.1:{port}";
        var nijkerk = await IdentityProvider.RegisterAsync(site, IdentityProvider.Entra, "nijkerk");
        var barneveld = await IdentityProvider.RegisterAsync(site, IdentityProvider.Keycloak, "barneveld");
        await using var host = App.Host("Production", builder =>
        {
            TrustBoth(builder);
            ScreensSignInAt(builder, "nijkerk", nijkerk);
            ScreensSignInAt(builder, "barneveld", barneveld);
        });
        using var certificate = Loopback.Certificate();
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        host.StartServer();
        var context = await (await Browsers.BrowserAsync()).NewContextAsync(new() { BaseURL = site, IgnoreHTTPSErrors = true, Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            Accessibility.Follow(page);
            await page.GotoAsync("/inloggen", new() { Timeout = Browsers.ColdStartTimeout });
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inloggen als medewerker van Gemeente Barneveld" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inloggen als medewerker van Gemeente Nijkerk" })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Browsers.ScreenshotFolder(), "inloggen-keuze.png"), FullPage = true });
            var findings = await Accessibility.FindingsAsync(page, "inloggen-keuze");
            if (findings.Count > 0)
            {
                throw new InaccessiblePage("inloggen-keuze", findings);
            }
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    private static JsonObject RealmRoles(params string[] roles) =>
        new() { ["realm_access"] = new JsonObject { ["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]) } };

    private static void ScreensSignInAt(IWebHostBuilder builder, string name, IdentityProvider.Client client)
    {
        builder.UseSetting($"Auth:Issuers:{name}:Oidc:ClientId", client.Id);
        builder.UseSetting($"Auth:Issuers:{name}:Oidc:ClientSecret", client.Secret);
        builder.UseSetting($"Auth:Issuers:{name}:Oidc:Scopes:0", "ledger");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [Fact]
    public void Several_providers_each_name_their_municipality_or_the_app_does_not_start()
    {
        // Today's single provider reads the municipality from its tokens: alongside another, it may not.
        using var host = App.ProductionHost(builder =>
        {
            builder.UseSetting("Auth:Issuers:barneveld:Authority", IdentityProvider.Keycloak);
            builder.UseSetting("Auth:Issuers:barneveld:RequireHttpsMetadata", "false");
            builder.UseSetting("Auth:Issuers:barneveld:Municipality", "barneveld");
        });

        Assert.Contains("Auth:Municipality", host.Refusal());
    }

    [Theory]
    [InlineData("Auth:Issuers:barneveld:Municipalities:x", "ede", "Municipality or Municipalities, not both")]
    [InlineData("Auth:Issuers:ede:Authority", "{keycloak}", "name the same issuer")]
    [InlineData("Auth:Issuers:ede.nl:Authority", "https://login.ede.nl", "letters, digits and dashes")]
    [InlineData("Auth:Issuers:ede:Municipality", "ede", "Auth:Issuers:ede:Authority is required")]
    public void Providers_that_could_be_mistaken_for_one_another_keep_the_app_from_starting(string key, string value, string named)
    {
        using var host = App.Host("Production", builder =>
        {
            TrustBoth(builder);
            builder.UseSetting(key, value.Replace("{keycloak}", IdentityProvider.Keycloak, StringComparison.Ordinal));
        });

        Assert.Contains(named, host.Refusal());
    }
}
