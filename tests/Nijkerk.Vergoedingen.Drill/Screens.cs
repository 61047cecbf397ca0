using System.Net;
using System.Text.RegularExpressions;
using Nijkerk.Vergoedingen.Testing;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>A screen session through nginx: signed in on one node, read on another, a form from one posted to another.</summary>
public sealed record SessionCheck(bool Ok, string SignedInOn, string PageOn, string FormFrom, string PostedTo, int PostStatus)
{
    public override string ToString() =>
        $"signed in on {SignedInOn}, start page from {PageOn}; form from {FormFrom} posted to {PostedTo}: {PostStatus}";
}

public static partial class Screens
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<SessionCheck> AcrossNodesAsync(Settings settings, string user, int year)
    {
        using var browser = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        })
        { BaseAddress = new Uri(settings.BaseUrl) };
        static string Node(HttpResponseMessage r) => r.Headers.TryGetValues("X-Ledger-Node", out var v) ? v.First() : "?";

        var challenge = await browser.GetAsync("/inloggen?returnUrl=%2F");
        var (callback, form) = await OpenIdProvider.SignInAsync(browser, challenge.Headers.Location!.ToString(), user, $"{settings.BaseUrl}/signin-oidc");
        using var signedIn = form is null ? await browser.GetAsync(callback) : await browser.PostAsync(callback, new FormUrlEncodedContent(form));
        using var start = await browser.GetAsync("/");
        var startText = await start.Content.ReadAsStringAsync();
        var atHome = start.StatusCode == HttpStatusCode.OK && startText.Contains(user, StringComparison.Ordinal);

        // Round robin sends the next request to the next node; ask until the form and its post crossed.
        for (var attempt = 1; ; attempt++)
        {
            using var page = await browser.GetAsync("/aanvragen/nieuw");
            var token = Token().Match(await page.Content.ReadAsStringAsync());
            using var posted = await browser.PostAsync("/aanvragen/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.CaseReference"] = $"Z-SCHERM-{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}", ["Input.Scheme"] = "houd-me-vast",
                ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Motivation"] = "Oefening via het scherm",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }));
            var accepted = posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK
                && posted.Headers.Location?.ToString() is not ("/inloggen" or "/geen-toegang");
            if (Node(page) != Node(posted) || attempt == 6)
            {
                return new SessionCheck(atHome && token.Success && accepted && Node(signedIn) != Node(start) && Node(page) != Node(posted),
                    Node(signedIn), Node(start), Node(page), Node(posted), (int)posted.StatusCode);
            }
        }
    }
}
