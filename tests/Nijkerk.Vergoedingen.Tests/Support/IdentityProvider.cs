using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Testing;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The OpenID provider ops/test starts on loopback (ops/oidc/provider.mjs, the npm package
/// oidc-provider). Tests register their own clients with it (dynamic client registration) and get
/// access tokens the way an application does: authorization code with PKCE, through its sign-in form.
/// </summary>
public static class IdentityProvider
{
    public const string Variable = "LEDGER_TEST_OIDC";

    /// <summary>Resource indicators the provider knows: the ledger's API, the same with a lifetime of one second, another service.</summary>
    public const string Api = "urn:nijkerk-vergoedingen:api";
    public const string ShortLivedApi = "urn:nijkerk-vergoedingen:short-lived";
    public const string AnotherService = "urn:another-service:api";

    public static string Issuer => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"No OpenID provider ({Variable}): run the tests with ops/test, which starts ops/oidc/provider.mjs.");

    /// <summary>The provider's issuer shaped as Entra ID (<c>oid</c>, <c>tid</c>, <c>roles</c>), with its own keys and directory.</summary>
    public static string Entra => $"{Issuer}/entra";

    /// <summary>The provider's issuer shaped as Keycloak (<c>sub</c>, <c>preferred_username</c>, <c>realm_access.roles</c>).</summary>
    public static string Keycloak => $"{Issuer}/keycloak";

    /// <summary>The organisation (<c>tid</c>) of Nijkerk's tenant at <see cref="Entra"/>, as its directory holds it.</summary>
    public const string NijkerkTenant = "3f0c1a52-7d4e-4b1a-9c55-0a1b2c3d4e01";

    /// <summary>The <c>oid</c> of anna and bob at <see cref="Entra"/>.</summary>
    public const string AnnaOid = "0b7e2f4a-1c3d-4e5f-8a9b-000000000a11";
    public const string BobOid = "0b7e2f4a-1c3d-4e5f-8a9b-000000000b0b";

    public sealed record Client(string Id, string Secret, string RedirectUri);

    /// <summary>The settings a host outside Development needs to trust this provider.</summary>
    public static void Trust(IWebHostBuilder builder, Client? screens = null)
    {
        builder.UseSetting("Auth:Authority", Issuer);
        // The provider runs on plain HTTP on loopback; a real one is HTTPS, which the default demands.
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Auth:ClockSkew", "00:00:00");
        if (screens is not null)
        {
            builder.UseSetting("Auth:Oidc:ClientId", screens.Id);
            builder.UseSetting("Auth:Oidc:ClientSecret", screens.Secret);
            builder.UseSetting("Auth:Oidc:Scopes:0", "ledger");
        }
    }

    /// <summary>
    /// Registers a client that signs in at <paramref name="baseUrl"/> and signs out back to it; at another
    /// <paramref name="issuer"/> than the default one, with the addresses of a provider named <paramref name="name"/>.
    /// </summary>
    public static async Task<Client> RegisterAsync(string baseUrl, string? issuer = null, string? name = null)
    {
        var suffix = name is null ? "" : $"-{name}";
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{issuer ?? Issuer}/reg", new JsonObject
        {
            ["redirect_uris"] = new JsonArray($"{baseUrl}/signin-oidc{suffix}"),
            ["post_logout_redirect_uris"] = new JsonArray($"{baseUrl}/signout-callback-oidc{suffix}"),
            ["grant_types"] = new JsonArray("authorization_code", "refresh_token"),
            ["response_types"] = new JsonArray("code"),
            ["token_endpoint_auth_method"] = "client_secret_post",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Registration refused: {body}");
        return new Client(body!["client_id"]!.GetValue<string>(), body["client_secret"]!.GetValue<string>(), $"{baseUrl}/signin-oidc{suffix}");
    }

    /// <summary>Adds a user to the provider's directory, or changes one, as its administrator would.</summary>
    public static async Task SetUserAsync(string user, string[] roles, string tenant = "nijkerk")
    {
        using var http = new HttpClient();
        (await http.PutAsJsonAsync($"{Issuer}/directory/{user}", new { role = roles, tenant })).EnsureSuccessStatusCode();
    }

    /// <summary>Adds a user to the directory of <paramref name="issuer"/> (<see cref="Entra"/>, <see cref="Keycloak"/>) with the claims its tokens carry.</summary>
    public static async Task SetUserAsync(string issuer, string user, object claims)
    {
        using var http = new HttpClient();
        (await http.PutAsJsonAsync($"{issuer}/directory/{user}", claims)).EnsureSuccessStatusCode();
    }

    /// <summary>Removes a user from the provider's directory.</summary>
    public static async Task RemoveUserAsync(string user)
    {
        using var http = new HttpClient();
        (await http.DeleteAsync($"{Issuer}/directory/{user}")).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Signs <paramref name="browser"/> (a client of a host at <paramref name="site"/> that keeps cookies and
    /// follows no redirects) in at the provider, answering its forms as the user would; where the screens
    /// offer several providers, at the one named <paramref name="via"/>.
    /// </summary>
    public static async Task SignInAsync(HttpClient browser, Uri site, string user, string returnUrl = "/", string? via = null)
    {
        var choice = via is null ? "" : $"via={via}&";
        var challenge = await browser.GetAsync($"/inloggen?{choice}returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var person = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var callbackPath = via is null ? "/signin-oidc" : $"/signin-oidc-{via}";
        var (callback, form) = await OpenIdProvider.SignInAsync(person, challenge.Headers.Location!.ToString(), user, new Uri(site, callbackPath).ToString());
        var signedIn = form is null ? await browser.GetAsync(callback) : await browser.PostAsync(callback, new FormUrlEncodedContent(form));
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect && Target(signedIn) == returnUrl,
            $"Sign-in ended with {(int)signedIn.StatusCode} to {signedIn.Headers.Location}");
    }

    /// <summary>The path a redirect points to, whether it names the host or not.</summary>
    public static string? Target(HttpResponseMessage response) => response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    /// <summary>An access token for a user of the provider's directory, for the given resource.</summary>
    public static Task<string> AccessTokenAsync(string user, string resource = Api) => OpenIdProvider.AccessTokenAsync(Issuer, user, resource);

    /// <summary>An access token for the API from <paramref name="issuer"/> (<see cref="Entra"/>, <see cref="Keycloak"/>).</summary>
    public static Task<string> AccessTokenAtAsync(string issuer, string user) => OpenIdProvider.AccessTokenAsync(issuer, user, Api);
}
