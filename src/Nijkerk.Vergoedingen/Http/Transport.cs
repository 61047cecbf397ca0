using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>Settings under <c>Transport</c>: the proxies in front of the app and what a request may carry.</summary>
public sealed class TransportSettings
{
    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For and -Proto are believed; none by default.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR) of such proxies.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>The largest request body taken; the ledger's commands are a few hundred bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest file taken where a file is the body (a bank statement): a month of a municipality's account.</summary>
    public long MaxFileBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The routes whose body is a file.</summary>
    public static bool TakesFile(PathString path) =>
        path.Value?.EndsWith("/bank-statements", StringComparison.Ordinal) == true || path.Value == "/bankafschriften";

    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Where plain HTTP is sent: the HTTPS port the public (or the proxy) answers on.</summary>
    public int HttpsPort { get; set; } = 443;
}

/// <summary>
/// How requests reach the app. Outside Development: only HTTPS (a redirect, then HSTS), with the
/// scheme and client address taken from configured proxies only. Everywhere: a bounded body, and
/// answers that no cache keeps, since they name households and amounts.
/// </summary>
public static class Transport
{
    public static WebApplicationBuilder AddLedgerTransport(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Transport").Get<TransportSettings>() ?? new TransportSettings();
        builder.Services.AddSingleton(settings);
        // Read at start, so a mistyped address stops the app rather than the first request.
        var proxies = settings.KnownProxies
            .Select(text => IPAddress.TryParse(text, out var proxy) ? proxy : throw Unreadable("Transport:KnownProxies", text)).ToList();
        var networks = settings.KnownNetworks
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? network : throw Unreadable("Transport:KnownNetworks", text)).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what is configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = settings.HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        builder.Services.AddHttpsRedirection(options => options.HttpsPort = settings.HttpsPort);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
        // Every cookie — sign-in, anti-forgery, OpenID Connect's correlation and nonce — only over HTTPS outside Development.
        builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = builder.Environment.IsDevelopment()
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always);
        return builder;
    }

    public static void UseLedgerTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Probes of the platform ask for health, and Prometheus for metrics, over plain HTTP on the node itself.
            app.UseWhen(http => !http.Request.Path.StartsWithSegments("/health") && !Telemetry.IsScrape(http.Request.Path),
                https => https.UseHttpsRedirection());
        }
        var settings = app.Services.GetRequiredService<TransportSettings>();
        app.Use(async (http, next) =>
        {
            var limit = settings.MaxRequestBodyBytes;
            if (TransportSettings.TakesFile(http.Request.Path))
            {
                limit = settings.MaxFileBodyBytes;
                if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = limit;
                }
            }
            http.Response.OnStarting(() =>
            {
                if (!http.Response.Headers.ContainsKey("Cache-Control"))
                {
                    http.Response.Headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            if (http.Request.ContentLength > limit)
            {
                http.Response.Headers.Connection = "close";
                await Problems.For(ProblemCodes.PayloadTooLarge, $"Send at most {limit} bytes.").ToResult().ExecuteAsync(http);
                return;
            }
            // A body sent in chunks, without a length, is stopped by Kestrel's limit while it is read; the
            // exception handler answers that 413 (ProblemResponses).
            await next(http);
        });
    }

    private static InvalidOperationException Unreadable(string setting, string text) =>
        new($"{setting}: '{text}' is not an IP address or network.");
}
