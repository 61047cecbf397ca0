using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>Settings under <c>Metrics</c>.</summary>
public sealed class MetricsSettings
{
    /// <summary>
    /// The bearer token Prometheus sends to <c>/metrics</c>. Outside Development the endpoint is served only
    /// when one is set, and then only to a request carrying it; in Development it is open unless one is set.
    /// </summary>
    public string? ScrapeToken { get; set; }
}

/// <summary>
/// Metrics and traces through OpenTelemetry: ASP.NET Core, Npgsql, Marten, Wolverine and the ledger's own
/// measures (<see cref="LedgerMetrics"/>). Metrics are always kept for the Prometheus scrape at
/// <c>/metrics</c>; traces and metrics go out over OTLP only when an endpoint is configured, with the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and its companions) in the environment or the settings.
/// </summary>
public static class Telemetry
{
    public const string ScrapePath = "/metrics";

    private static readonly string[] NpgsqlLabels =
        ["db.system.name", "server.address", "server.port", "db.client.connection.state", "db.operation.name", "db.response.status_code", "error.type"];

    public static WebApplicationBuilder AddLedgerTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Metrics").Get<MetricsSettings>() ?? new MetricsSettings());
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("nijkerk-vergoedingen"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation()
                // Npgsql names its pool by the connection string: the scrape keeps the server and the outcome only.
                .AddView("db.client.*", new MetricStreamConfiguration { TagKeys = NpgsqlLabels })
                // Wolverine names its meter after the service: "Wolverine:<ServiceName>". Its gauges include the
                // depth of the durable inbox, outbox and scheduled messages, read by its durability agent.
                .AddMeter("Wolverine:*", "Marten", LedgerMetrics.MeterName)
                .AddPrometheusExporter());
        builder.Services.ConfigureMarten(options => options.OpenTelemetry.TrackEventCounters());
        builder.Services.AddHostedService<DurableQueueDepth>();
        if (otlp)
        {
            // Traces only where someone collects them: without a collector, spans of every query would be made for nobody.
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsScrape(http.Request.Path))
                .AddNpgsql()
                .AddSource("Wolverine", "Marten"));
            builder.Services.ConfigureMarten(options => options.OpenTelemetry.TrackConnections = JasperFx.OpenTelemetry.TrackLevel.Normal);
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>
    /// <c>/metrics</c> in Prometheus' text format. Outside Development without a scrape token it is not
    /// served at all (404); with one, a request without that bearer token is answered 401.
    /// </summary>
    public static void MapLedgerMetrics(this WebApplication app)
    {
        var token = app.Services.GetRequiredService<MetricsSettings>().ScrapeToken;
        if (string.IsNullOrEmpty(token) && !app.Environment.IsDevelopment())
        {
            return;
        }
        var expected = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));
        app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, configureBranchedPipeline: scrape => scrape.Use(async (http, next) =>
        {
            if (expected is not null && !Carries(http.Request, expected))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }
            await next(http);
        }), optionsName: null).AllowAnonymous();
    }

    /// <summary>The scrape is answered on the node itself, over plain HTTP, outside the rate limiter's lanes.</summary>
    public static bool IsScrape(PathString path) => path.StartsWithSegments(ScrapePath);

    private static bool Carries(HttpRequest request, byte[] expected)
    {
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // Compared as hashes, in fixed time: neither the length nor a prefix of the token shows in how long a refusal takes.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(header[bearer.Length..].Trim())), expected);
    }
}
