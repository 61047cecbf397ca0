using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>A lane's allowance: so many requests per window, per user (or per address when anonymous).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Settings under <c>RateLimits</c>: sign-in, the foundation's webhook and the API each have their own allowance.</summary>
public sealed class RateLimitSettings
{
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 20 };

    public RateLimit Webhook { get; set; } = new() { PermitLimit = 60 };

    public RateLimit Api { get; set; } = new() { PermitLimit = 1200 };
}

/// <summary>
/// ASP.NET Core's rate limiter in front of sign-in, the webhook and <c>/api</c>. A request over the
/// allowance is answered 429 with <c>code: "rate-limited"</c> and a Retry-After; nothing else is limited.
/// </summary>
public static class RateLimits
{
    public static WebApplicationBuilder AddLedgerRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Lane(http, settings) is { } lane
                ? RateLimitPartition.GetFixedWindowLimiter($"{lane.Name}|{Caller(http)}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = lane.Limit.PermitLimit,
                    Window = lane.Limit.Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = async (context, cancellation) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.For(ProblemCodes.RateLimited, $"Try again in {seconds} s.").ToResult().ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static (string Name, RateLimit Limit)? Lane(HttpContext http, RateLimitSettings settings)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/api"))
        {
            return ("api", settings.Api);
        }
        if (path.StartsWithSegments("/webhooks"))
        {
            return ("webhook", settings.Webhook);
        }
        if ((path.StartsWithSegments("/inloggen") && HttpMethods.IsPost(http.Request.Method)) || path.StartsWithSegments("/signin-oidc"))
        {
            return ("sign-in", settings.SignIn);
        }
        return null;
    }

    /// <summary>The signed-in user of a municipality, else the client's address (behind a proxy: as it forwarded it).</summary>
    private static string Caller(HttpContext http) =>
        http.User.FindFirst(TokenClaims.User)?.Value is { } user
            ? $"{http.User.FindFirst(TokenClaims.Tenant)?.Value}/{user}"
            : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
