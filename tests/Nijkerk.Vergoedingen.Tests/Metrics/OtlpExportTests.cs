using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Metrics;

/// <summary>With a collector configured the standard way, traces and metrics go to it over OTLP.</summary>
public class OtlpExportTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task With_an_otlp_endpoint_traces_and_metrics_are_exported_to_it()
    {
        var received = new ConcurrentQueue<(string Path, string Body)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            // Protobuf keeps its strings as UTF-8: names can be found in the bytes without decoding the message.
            received.Enqueue((http.Request.Path.Value!, Encoding.UTF8.GetString(body.ToArray())));
            return Results.Ok();
        });
        await collector.StartAsync();
        await using var host = App.Host("Development", ledger =>
        {
            ledger.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Urls.First());
            ledger.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            ledger.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
            ledger.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "500");
        });
        var anna = await host.SignIn("anna", "consulent");
        var bob = await host.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-OTLP-1"));

        bool Arrived(string path, string text) => received.Any(r => r.Path == path && r.Body.Contains(text, StringComparison.Ordinal));
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (Arrived("/v1/traces", "Npgsql") && Arrived("/v1/traces", "Wolverine") && Arrived("/v1/metrics", "ledger.commands"))
            {
                break;
            }
        }

        Assert.True(Arrived("/v1/traces", "nijkerk-vergoedingen"), "traces of the service");
        Assert.True(Arrived("/v1/traces", "Npgsql"), "spans of the queries");
        Assert.True(Arrived("/v1/traces", "Wolverine"), "spans of the messages");
        Assert.True(Arrived("/v1/metrics", "ledger.commands"), "the ledger's measures");
    }
}
