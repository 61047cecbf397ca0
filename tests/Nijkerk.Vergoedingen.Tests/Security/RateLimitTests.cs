using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>ASP.NET Core's rate limiter on the API, the webhook and sign-in: over the allowance is 429 <c>rate-limited</c>.</summary>
public class RateLimitTests(LedgerApp app) : LedgerTest(app)
{
    private WebApplicationFactory<Program> Limited(string lane, int permits) => App.Host("Development", builder =>
    {
        builder.UseSetting($"RateLimits:{lane}:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting($"RateLimits:{lane}:Window", "01:00:00");
    });

    [Fact]
    public async Task A_user_over_the_api_allowance_gets_429_with_retry_after_and_others_go_on()
    {
        await using var host = Limited("Api", 3);
        var anna = await host.SignIn("anna", "consulent");
        var bob = await host.SignIn("bob", "financial-officer");

        for (var i = 0; i < 3; i++)
        {
            await (await anna.GetAsync("/api/allocation/2026")).ShouldBe(HttpStatusCode.OK);
        }
        var refused = await anna.GetAsync("/api/allocation/2026");

        await refused.ShouldBeProblem(429, "rate-limited");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        await (await bob.GetAsync("/api/allocation/2026")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refused_command_over_the_allowance_changes_nothing()
    {
        await using var host = Limited("Api", 1);
        var anna = await host.SignIn("anna", "consulent");
        await (await anna.GetAsync("/api/allocation/2026")).ShouldBe(HttpStatusCode.OK);
        var before = await App.SnapshotAsync();

        await (await anna.Post("/api/referrals", Steps.HoudMeVast())).ShouldBeProblem(429, "rate-limited");

        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task The_webhook_has_its_own_allowance()
    {
        await using var host = Limited("Webhook", 2);
        var foundation = host.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await foundation.Post("/webhooks/houd-me-vast/nijkerk", new { })).StatusCode);
        }

        await (await foundation.Post("/webhooks/houd-me-vast/nijkerk", new { })).ShouldBeProblem(429, "rate-limited");
    }

    [Fact]
    public async Task A_user_over_the_screen_allowance_gets_429_and_another_user_does_not()
    {
        await using var host = Limited("Screens", 3);
        // Signing in lands on the start page: the first of anna's three.
        var anna = await ScreenClient.SignInAs(host, "anna");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("/aanvragen")).StatusCode);
        }

        await (await anna.GetAsync("/aanvragen")).ShouldBeProblem(429, "rate-limited");
        var bob = await ScreenClient.SignInAs(host, "bob");
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/beoordelen")).StatusCode);
    }

    [Fact]
    public async Task Reports_and_views_as_they_stood_have_a_tighter_allowance_per_user()
    {
        await using var host = Limited("Expensive", 2);
        var bob = await host.SignIn("bob", "financial-officer");
        var carla = await host.SignIn("carla", "controller");

        await (await bob.GetAsync("/api/allocation/2026?asOf=2026-03-02T08:00:00Z")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/reports/2026")).StatusCode);

        await (await bob.GetAsync("/api/allocation/2026?asOf=2026-03-02T08:00:00Z")).ShouldBeProblem(429, "rate-limited");
        await (await bob.GetAsync("/reports/2026.csv")).ShouldBeProblem(429, "rate-limited");
        await (await bob.GetAsync("/api/journal?from=2026-01-01&to=2026-12-31")).ShouldBeProblem(429, "rate-limited");
        // The plain view is in the API's allowance, which is not spent; another user has an allowance of their own.
        await (await bob.GetAsync("/api/allocation/2026")).ShouldBe(HttpStatusCode.OK);
        await (await carla.GetAsync("/api/allocation/2026?asOf=2026-03-02T08:00:00Z")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_sign_in_attempt_has_its_own_allowance_and_the_address_a_generous_one()
    {
        var site = new Uri("https://vergoedingen.nijkerk.nl");
        var screens = await IdentityProvider.RegisterAsync(site.ToString().TrimEnd('/'));
        await using var production = App.Host("Production", builder =>
        {
            IdentityProvider.Trust(builder, screens);
            builder.UseSetting("RateLimits:SignIn:PermitLimit", "1");
            builder.UseSetting("RateLimits:SignIn:Window", "01:00:00");
            // Room for the three below, the refused repeat (the limiter charges the address once more when it
            // tries again before refusing) and one more attempt; the next request is over.
            builder.UseSetting("RateLimits:SignInPerAddress:PermitLimit", "6");
            builder.UseSetting("RateLimits:SignInPerAddress:Window", "01:00:00");
        });
        var browser = production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = site });

        // Each sign-in page asks the provider for a pushed authorization request; each callback is a code to redeem.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/inloggen")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/inloggen")).StatusCode);
        var forged = await browser.GetAsync("/signin-oidc?code=forged&state=forged");
        Assert.Equal((HttpStatusCode.Redirect, "/geen-toegang"), (forged.StatusCode, forged.Headers.Location?.ToString()));

        // The same attempt again is over its own allowance; another attempt is not, until the address's is spent.
        await (await browser.GetAsync("/signin-oidc?code=forged&state=forged")).ShouldBeProblem(429, "rate-limited");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/signin-oidc?code=forged&state=another")).StatusCode);
        await (await browser.GetAsync("/inloggen")).ShouldBeProblem(429, "rate-limited");
    }

    [Fact]
    public async Task Many_users_sign_in_from_one_address_past_one_attempts_allowance()
    {
        await using var host = Limited("SignIn", 2);

        // Before, the address's two permits were everybody's: the second user was refused.
        foreach (var user in new[] { "anna", "ahmed", "bob", "fleur", "carla", "dirk" })
        {
            var screen = await ScreenClient.SignInAs(host, user);
            Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/")).StatusCode);
        }
    }

    [Fact]
    public async Task Development_sign_in_posts_for_one_user_have_the_same_allowance()
    {
        await using var host = Limited("SignIn", 2);
        var browser = host.CreateClient(new() { AllowAutoRedirect = false });
        FormUrlEncodedContent As(string user) => new([new("user", user), new("tenant", "nijkerk")]);

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostAsync("/inloggen", As("anna"))).StatusCode);
        }
        var refused = await browser.PostAsync("/inloggen", As("anna"));

        await refused.ShouldBeProblem(429, "rate-limited");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostAsync("/inloggen", As("bob"))).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_form_that_cannot_be_read_is_a_validation_problem()
    {
        var browser = App.Anonymous();
        var fields = Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"));

        await (await browser.PostAsync("/inloggen", new FormUrlEncodedContent(fields))).ShouldBeProblem(400, "validation");
    }
}
