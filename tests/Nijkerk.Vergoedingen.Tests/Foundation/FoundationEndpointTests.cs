using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Foundation;

/// <summary>The foundation's key goes to the foundation alone: over https outside this machine, and never after a redirect.</summary>
public class FoundationEndpointTests(LedgerApp app) : LedgerTest(app)
{
    [Theory]
    [InlineData("http://foundation.example/intake")]
    [InlineData("http://10.0.0.7:5091/intake")]
    [InlineData("foundation.example/intake")]
    public void Outside_development_the_app_refuses_to_start_with_a_foundation_endpoint_that_is_not_https(string endpoint)
    {
        using var host = App.ProductionHost(builder => builder.UseSetting("HoudMeVast:Endpoint", endpoint));

        var refusal = host.Refusal();

        Assert.Contains("HoudMeVast:Endpoint must be an absolute https URL outside Development", refusal);
    }

    [Theory]
    [InlineData("https://intake.houdmevast.nl/intake")]
    [InlineData("http://127.0.0.1:5091/intake")]
    [InlineData("http://[::1]:5091/intake")]
    [InlineData("http://localhost:5091/intake")]
    public void Outside_development_an_https_foundation_or_one_on_this_machine_starts(string endpoint)
    {
        using var host = App.ProductionHost(builder => builder.UseSetting("HoudMeVast:Endpoint", endpoint));

        Assert.NotNull(host.Server);
    }

    [Fact]
    public async Task A_foundation_that_redirects_to_another_host_is_not_followed_the_key_stays_home_and_the_notification_fails()
    {
        await using var foundation = await FakeFoundation.StartAsync();
        await using var elsewhere = await FakeFoundation.StartAsync();
        foundation.RedirectTo = elsewhere.Endpoint.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        await using var ledger = new IsolatedLedger(App, new Dictionary<string, string>
        {
            ["HoudMeVast:Endpoint"] = foundation.Endpoint,
            ["HoudMeVast:ApiKey"] = "key-of-the-foundation",
            ["HoudMeVast:AttemptTimeout"] = "00:00:01",
            ["HoudMeVast:Retries"] = "1",
            ["HoudMeVast:RetryDelay"] = "00:00:00.100",
            ["HoudMeVast:Redeliveries:0"] = "00:00:00.500",
        });
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");

        var id = await anna.ApprovedReferral(bob);

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("notification") == "Failed", "the referral shows the failure");
        Assert.Equal(0, elsewhere.Attempts);
        Assert.Empty(elsewhere.ApiKeys);
        Assert.Empty(elsewhere.Accepted);
        Assert.All(foundation.ApiKeys, key => Assert.Equal("key-of-the-foundation", key));
        Assert.Equal(1, await ledger.CountAsync("foundation_notification_failed", id));
        Assert.Equal(0, await ledger.CountAsync("foundation_notified", id));
    }
}
