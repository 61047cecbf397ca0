using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The OpenID provider ops/test starts on loopback (ops/oidc/provider.mjs, the npm package
/// oidc-provider). Tests register their own clients with it (dynamic client registration) and get
/// access tokens the way an application does: authorization code with PKCE, through its sign-in form.
/// </summary>
public static partial class IdentityProvider
{
    public const string Variable = "LEDGER_TEST_OIDC";

    /// <summary>Resource indicators the provider knows: the ledger's API, the same with a lifetime of one second, another service.</summary>
    public const string Api = "urn:nijkerk-vergoedingen:api";
    public const string ShortLivedApi = "urn:nijkerk-vergoedingen:short-lived";
    public const string AnotherService = "urn:another-service:api";

    public static string Issuer => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"No OpenID provider ({Variable}): run the tests with ops/test, which starts ops/oidc/provider.mjs.");

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

    /// <summary>Registers a client that signs in at <paramref name="baseUrl"/> and signs out back to it.</summary>
    public static async Task<Client> RegisterAsync(string baseUrl)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{Issuer}/reg", new JsonObject
        {
            ["redirect_uris"] = new JsonArray($"{baseUrl}/signin-oidc"),
            ["post_logout_redirect_uris"] = new JsonArray($"{baseUrl}/signout-callback-oidc"),
            ["grant_types"] = new JsonArray("authorization_code"),
            ["response_types"] = new JsonArray("code"),
            ["token_endpoint_auth_method"] = "client_secret_post",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Registration refused: {body}");
        return new Client(body!["client_id"]!.GetValue<string>(), body["client_secret"]!.GetValue<string>(), $"{baseUrl}/signin-oidc");
    }

    /// <summary>An access token for a user of the provider's directory, for the given resource.</summary>
    public static async Task<string> AccessTokenAsync(string user, string resource = Api)
    {
        var client = await RegisterAsync("https://client.invalid");
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var next = QueryHelpers.AddQueryString($"{Issuer}/auth", new Dictionary<string, string?>
        {
            ["client_id"] = client.Id, ["response_type"] = "code", ["scope"] = "openid ledger", ["redirect_uri"] = client.RedirectUri,
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["resource"] = resource,
            ["state"] = Guid.NewGuid().ToString("N"), ["nonce"] = Guid.NewGuid().ToString("N"),
        });
        // Follow the provider's redirects, answering its sign-in and consent forms, until it sends the code back.
        for (var step = 0; step < 12 && !next.StartsWith(client.RedirectUri, StringComparison.Ordinal); step++)
        {
            var page = await browser.GetAsync(next);
            if (page.Headers.Location is { } location)
            {
                next = new Uri(new Uri(next), location).ToString();
                continue;
            }
            var html = await page.Content.ReadAsStringAsync();
            var form = FormAction().Match(html);
            Assert.True(form.Success, $"The provider showed no form at {next}: {html[..Math.Min(html.Length, 500)]}");
            var fields = html.Contains("name=\"login\"", StringComparison.Ordinal)
                ? new Dictionary<string, string> { ["prompt"] = "login", ["login"] = user, ["password"] = "any" }
                : new Dictionary<string, string> { ["prompt"] = "consent" };
            var posted = await browser.PostAsync(form.Groups[1].Value, new FormUrlEncodedContent(fields));
            next = new Uri(new Uri(next), posted.Headers.Location ?? throw new InvalidOperationException($"The provider answered {posted.StatusCode}")).ToString();
        }
        var code = QueryHelpers.ParseQuery(new Uri(next).Query)["code"].ToString();
        var token = await browser.PostAsync($"{Issuer}/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = client.RedirectUri, ["client_id"] = client.Id,
            ["client_secret"] = client.Secret, ["code_verifier"] = verifier, ["resource"] = resource,
        }));
        var answer = await token.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(token.IsSuccessStatusCode, $"The provider issued no token: {answer}");
        return answer!["access_token"]!.GetValue<string>();
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
