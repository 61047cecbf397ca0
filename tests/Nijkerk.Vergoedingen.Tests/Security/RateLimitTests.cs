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
    public async Task Sign_in_attempts_have_their_own_allowance()
    {
        await using var host = Limited("SignIn", 2);
        var browser = host.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostAsync("/inloggen", new FormUrlEncodedContent([]))).StatusCode);
        }
        var refused = await browser.PostAsync("/inloggen", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("rate-limited", (await refused.Json()).Str("code"));
    }
}
