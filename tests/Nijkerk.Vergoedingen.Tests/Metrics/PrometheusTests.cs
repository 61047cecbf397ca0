using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Metrics;

/// <summary>A real Prometheus scrapes a node on a real socket while approvals run, and answers the questions an operator asks it.</summary>
public class PrometheusTests(LedgerApp app) : LedgerTest(app)
{
    private const string Token = "scrape-token-of-the-test-prometheus";

    private const string ApprovalRate = "sum(rate(ledger_commands_total{kind=\"ApproveReferral\",outcome=\"done\"}[10s]))";

    private const string ApprovalLatencyP95 =
        "histogram_quantile(0.95, sum by (le) (rate(ledger_command_duration_seconds_bucket{kind=\"ApproveReferral\"}[10s])))";

    [Fact]
    public async Task Prometheus_answers_the_approval_rate_and_latency_of_a_node_under_load()
    {
        // The load runs until Prometheus has seen it, however many requests that takes: the API's allowance is
        // lifted, as ops/bench lifts it, so that the limiter is not what is measured.
        await using var host = App.Host("Development", builder =>
        {
            builder.UseSetting("Metrics:ScrapeToken", Token);
            builder.UseSetting("RateLimits:Api:PermitLimit", "100000000");
        });
        var node = Loopback.Serve(host);
        using var anna = await SignedIn(node, "anna", "consulent");
        using var bob = await SignedIn(node, "bob", "financial-officer");
        await bob.SetQuota(10);
        await using var prometheus = await PrometheusServer.StartAsync(node, Token);
        await prometheus.UntilAsync(prometheus.TargetUpAsync, TimeSpan.FromSeconds(30), "the node's first scrape with the token");

        // Approvals in parallel batches until Prometheus has seen them come in: a rate needs two scrapes of a
        // series that grew between them, so the load runs until then, and no longer than the limit.
        using var loaded = new CancellationTokenSource();
        var batches = 0;
        var load = Task.Run(async () =>
        {
            while (!loaded.IsCancellationRequested)
            {
                var batch = Interlocked.Increment(ref batches);
                var ids = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => anna.RequestedReferral(Steps.HoudMeVast($"Z-LOAD-{batch}-{i}"))));
                await Task.WhenAll(ids.Select(id => bob.Approve(id)));
            }
        });
        double? rate = null, p95 = null;
        try
        {
            await prometheus.UntilAsync(async () =>
            {
                if (load.IsFaulted)
                {
                    await load;
                }
                rate = await prometheus.QueryAsync(ApprovalRate);
                p95 = await prometheus.QueryAsync(ApprovalLatencyP95);
                return rate > 0 && p95 > 0;
            }, TimeSpan.FromSeconds(90), "the approval rate and latency");
        }
        finally
        {
            await loaded.CancelAsync();
            await load;
        }

        Assert.True(rate > 0, $"approvals per second: {rate}");
        // A quantile within the histogram's buckets: more than nothing, less than the largest bound.
        Assert.InRange(p95!.Value, double.Epsilon, 10);
        Assert.True(batches >= 1);
    }

    private static async Task<HttpClient> SignedIn(string node, string user, string role)
    {
        var client = new HttpClient { BaseAddress = new Uri(node) };
        var response = await client.PostAsJsonAsync("/dev/token", new { user, roles = new[] { role }, tenant = "nijkerk" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
