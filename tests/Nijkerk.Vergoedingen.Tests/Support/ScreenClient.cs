using Microsoft.AspNetCore.Mvc.Testing;
using System.Net;
using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// A signed-in browser without the browser: it keeps the sign-in cookie, reads each form's anti-forgery
/// token from the page, and posts the form fields as a browser would — also ones a browser's own form
/// would not offer, as a tampered request does.
/// </summary>
public sealed partial class ScreenClient(HttpClient http)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static Task<ScreenClient> SignInAs(LedgerApp app, string user) => SignInAs(app.Anonymous(), user);

    /// <summary>Signed in on a host of its own (an isolated ledger's), through the Development sign-in.</summary>
    public static Task<ScreenClient> SignInAs(WebApplicationFactory<Program> host, string user) => SignInAs(host.CreateClient(), user);

    private static async Task<ScreenClient> SignInAs(HttpClient anonymous, string user)
    {
        // The test server's client follows redirects and keeps cookies, as a browser does.
        var client = new ScreenClient(anonymous);
        var page = await client.PostForm("/inloggen", "/inloggen", new() { ["user"] = user, ["tenant"] = "nijkerk", ["returnUrl"] = "/" });
        Assert.DoesNotContain("Inloggen", page[..Math.Min(page.Length, 200)]);
        return client;
    }

    /// <summary>Opens <paramref name="page"/>, then posts these fields to <paramref name="action"/> with the page's token; returns the answer's text, decoded.</summary>
    public async Task<string> PostForm(string page, string action, Dictionary<string, string> fields)
    {
        var form = await http.GetStringAsync(page);
        var token = Token().Match(form);
        Assert.True(token.Success, $"No anti-forgery token on {page}");
        var response = await http.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from {action}: {text[..Math.Min(text.Length, 500)]}");
        return text;
    }

    /// <summary>A page or download as the browser would get it, status and all.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    /// <summary>The text of the element with this id in a page, or null.</summary>
    public static string? Element(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }
}
