using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Metrics;

public class MetricsEndpointTests(LedgerApp app) : LedgerTest(app)
{
    private const string Token = "scrape-token-of-the-test-prometheus";

    [Fact]
    public async Task In_development_the_scrape_shows_commands_and_refusals_by_kind_and_code()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-METRICS-1"));
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-METRICS-2"));
        var own = await (await App.SignIn("dora", "consulent")).RequestedReferral(Steps.HoudMeVast("Z-METRICS-3"));
        await (await (await App.SignIn("dora", "financial-officer")).Post($"/api/referrals/{own}/approve", new { reason = "Zelf" }))
            .ShouldBeProblem(403, "four-eyes");

        var scrape = await Scrape.UntilAsync(App.Anonymous(), text =>
            Scrape.Sample(text, "ledger_commands_total", ("kind", "ApproveReferral"), ("outcome", "done")) >= 2
            && Scrape.Sample(text, "ledger_refusals_total", ("kind", "ApproveReferral"), ("code", "four-eyes")) >= 1
            && text.Contains("\nledger_outbox_depth{", StringComparison.Ordinal));

        Assert.True(Scrape.Sample(scrape, "ledger_commands_total", ("kind", "ApproveReferral"), ("outcome", "refused")) >= 1);
        Assert.True(Scrape.Sample(scrape, "ledger_command_duration_seconds_count", ("kind", "ApproveReferral"), ("outcome", "done")) >= 2);
        Assert.Contains("ledger_command_duration_seconds_bucket{", scrape);
        Assert.Matches(new Regex(@"^http_server_request_duration_seconds_count\{", RegexOptions.Multiline), scrape);
        Assert.Matches(new Regex(@"^db_client_operation_duration_seconds_count\{", RegexOptions.Multiline), scrape);
        Assert.Matches(new Regex(@"^marten_event_append_events_total\{", RegexOptions.Multiline), scrape);
        // The depth of the durable outbox and of the scheduled messages, on every node.
        Assert.Matches(new Regex(@"^ledger_outbox_depth\{", RegexOptions.Multiline), scrape);
        Assert.Matches(new Regex(@"^ledger_scheduled_depth\{", RegexOptions.Multiline), scrape);
        // Labels name kinds and codes, never a case, a person or an id.
        Assert.DoesNotContain("Z-METRICS", scrape);
        Assert.DoesNotContain(own, scrape);
        Assert.DoesNotContain("dora", scrape);
        Assert.DoesNotContain("Username=", scrape);
    }

    [Fact]
    public async Task A_notification_the_foundation_does_not_take_and_a_seal_check_are_counted()
    {
        await using var host = App.Host("Development", builder =>
        {
            // Nobody listens there: the call fails at once, after one quick retry.
            builder.UseSetting("HoudMeVast:Endpoint", $"http://127.0.0.1:{Loopback.FreePort()}/intake");
            builder.UseSetting("HoudMeVast:Retries", "1");
            builder.UseSetting("HoudMeVast:RetryDelay", "00:00:00.050");
        });
        var anna = await host.SignIn("anna", "consulent");
        var bob = await host.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-METRICS-4"));
        await (await host.SignIn("carla", "controller")).GetJson("/api/years/2026/verify");

        var scrape = await Scrape.UntilAsync(host.CreateClient(), text =>
            Scrape.Sample(text, "ledger_partner_failures_total", ("partner", "houd-me-vast"), ("call", "notify"), ("reason", "unreachable")) >= 1);

        Assert.True(Scrape.Sample(scrape, "ledger_partner_calls_total", ("partner", "houd-me-vast"), ("result", "failed")) >= 1);
        Assert.True(Scrape.Sample(scrape, "ledger_seal_checks_total", ("result", "unsealed")) >= 1);
    }

    [Fact]
    public async Task Outside_development_without_a_scrape_token_metrics_are_not_served()
    {
        await using var host = App.ProductionHost();

        var response = await host.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Outside_development_the_scrape_answers_only_its_token()
    {
        await using var host = App.ProductionHost(builder => builder.UseSetting("Metrics:ScrapeToken", Token));
        var client = host.CreateClient();

        var without = await client.GetAsync("/metrics");
        var wrong = await Scrape.GetAsync(client, "not-the-token");
        var right = await Scrape.GetAsync(client, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        // Over plain HTTP on the node itself, as Prometheus asks: no redirect to HTTPS.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("text/plain", right.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE ", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_scrape_is_not_in_the_openapi_document()
    {
        var document = await App.Anonymous().GetJson("/openapi/v1.json");

        Assert.Null(document["paths"]!["/metrics"]);
    }
}

/// <summary>Reads Prometheus' text format as a scraper does.</summary>
public static class Scrape
{
    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    /// <summary>Scrapes until the text satisfies the condition; the exporter may answer from its cache for a moment.</summary>
    public static async Task<string> UntilAsync(HttpClient client, Func<string, bool> condition)
    {
        var text = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
            if (condition(text))
            {
                return text;
            }
        }
        Assert.Fail($"The scrape never showed what was expected:\n{text}");
        return text;
    }

    /// <summary>The sum of the samples of a metric whose labels include these.</summary>
    public static double Sample(string text, string metric, params (string Name, string Value)[] labels) =>
        text.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Name}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
}
