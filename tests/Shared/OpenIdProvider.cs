using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Nijkerk.Vergoedingen.Testing;

/// <summary>
/// The test OpenID provider (ops/oidc/provider.mjs) as the tests and the drill use it: API tokens by
/// authorization code with PKCE, and its development sign-in answered as a person would — its login form
/// with the user's name and any password, then its consent form.
/// </summary>
public static partial class OpenIdProvider
{
    private const string Redirect = "https://client.invalid/callback";

    /// <summary>An access token for a user of the provider's directory, for the given resource indicator.</summary>
    public static async Task<string> AccessTokenAsync(string issuer, string user, string resource)
    {
        using var http = new HttpClient();
        var registered = await http.PostAsJsonAsync($"{issuer}/reg", new JsonObject
        {
            ["redirect_uris"] = new JsonArray(Redirect), ["grant_types"] = new JsonArray("authorization_code"),
            ["response_types"] = new JsonArray("code"), ["token_endpoint_auth_method"] = "client_secret_post",
        });
        var client = await registered.Content.ReadFromJsonAsync<JsonObject>();
        if (!registered.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registration refused: {client}");
        }
        var (id, secret) = (client!["client_id"]!.GetValue<string>(), client["client_secret"]!.GetValue<string>());
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var start = QueryHelpers.AddQueryString($"{issuer}/auth", new Dictionary<string, string?>
        {
            ["client_id"] = id, ["response_type"] = "code", ["scope"] = "openid ledger", ["redirect_uri"] = Redirect,
            ["code_challenge"] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256", ["resource"] = resource,
            ["state"] = Guid.NewGuid().ToString("N"), ["nonce"] = Guid.NewGuid().ToString("N"),
        });
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var (callback, _) = await SignInAsync(browser, start, user, Redirect);
        var token = await browser.PostAsync($"{issuer}/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = QueryHelpers.ParseQuery(new Uri(callback).Query)["code"].ToString(),
            ["redirect_uri"] = Redirect, ["client_id"] = id, ["client_secret"] = secret, ["code_verifier"] = verifier, ["resource"] = resource,
        }));
        var answer = await token.Content.ReadFromJsonAsync<JsonObject>();
        return token.IsSuccessStatusCode ? answer!["access_token"]!.GetValue<string>() : throw new InvalidOperationException($"The provider issued no token: {answer}");
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Field();

    /// <summary>
    /// Follows redirects from <paramref name="url"/>, answering the provider's forms, until the next address
    /// starts with <paramref name="until"/>; returns that address, and the fields to post there when the
    /// provider answers with a form (response mode form_post) instead of a redirect.
    /// </summary>
    public static async Task<(string Url, Dictionary<string, string>? Form)> SignInAsync(HttpClient browser, string url, string user, string until)
    {
        for (var step = 0; step < 16; step++)
        {
            if (url.StartsWith(until, StringComparison.Ordinal))
            {
                return (url, null);
            }
            var page = await browser.GetAsync(url);
            if (page.Headers.Location is { } location)
            {
                url = new Uri(new Uri(url), location).ToString();
                continue;
            }
            var html = await page.Content.ReadAsStringAsync();
            var form = FormAction().Match(html);
            if (!form.Success)
            {
                throw new InvalidOperationException($"The provider answered {(int)page.StatusCode} with no form at {url}: {html[..Math.Min(html.Length, 500)]}");
            }
            if (form.Groups[1].Value.StartsWith(until, StringComparison.Ordinal))
            {
                return (form.Groups[1].Value, Field().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value)));
            }
            var fields = html.Contains("name=\"login\"", StringComparison.Ordinal)
                ? new Dictionary<string, string> { ["prompt"] = "login", ["login"] = user, ["password"] = "any" }
                : new Dictionary<string, string> { ["prompt"] = "consent" };
            var posted = await browser.PostAsync(new Uri(new Uri(url), form.Groups[1].Value), new FormUrlEncodedContent(fields));
            url = new Uri(new Uri(url), posted.Headers.Location ?? throw new InvalidOperationException($"The provider answered {posted.StatusCode}")).ToString();
        }
        throw new InvalidOperationException($"No way to {until} within 16 steps");
    }
}
