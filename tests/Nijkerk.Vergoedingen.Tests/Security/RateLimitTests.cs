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
    public async Task Sign_in_at_the_identity_provider_and_its_callbacks_have_their_own_allowance()
    {
        var site = new Uri("https://vergoedingen.nijkerk.nl");
        var screens = await IdentityProvider.RegisterAsync(site.ToString().TrimEnd('/'));
        await using var production = App.Host("Production", builder =>
        {
            IdentityProvider.Trust(builder, screens);
            builder.UseSetting("RateLimits:SignIn:PermitLimit", "3");
            builder.UseSetting("RateLimits:SignIn:Window", "01:00:00");
        });
        var browser = production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = site });

        // Each sign-in page asks the provider for a pushed authorization request; each callback is a code to redeem.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/inloggen")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/inloggen")).StatusCode);
        var forged = await browser.GetAsync("/signin-oidc?code=forged&state=forged");
        Assert.Equal((HttpStatusCode.Redirect, "/geen-toegang"), (forged.StatusCode, forged.Headers.Location?.ToString()));

        await (await browser.GetAsync("/signin-oidc?code=forged&state=forged")).ShouldBeProblem(429, "rate-limited");
        await (await browser.GetAsync("/inloggen")).ShouldBeProblem(429, "rate-limited");
    }

    [Fact]
    public async Task Development_sign_in_posts_have_the_same_allowance()
    {
        await using var host = Limited("SignIn", 2);
        var browser = host.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostAsync("/inloggen", new FormUrlEncodedContent([]))).StatusCode);
        }
        var refused = await browser.PostAsync("/inloggen", new FormUrlEncodedContent([]));

        await refused.ShouldBeProblem(429, "rate-limited");
    }
}
