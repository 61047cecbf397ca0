using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>A lane's allowance: so many requests per window, per user (or per address when anonymous).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Settings under <c>RateLimits</c>: sign-in, the foundation's webhook and the API each have their own allowance.</summary>
public sealed class RateLimitSettings
{
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 60 };

    public RateLimit Webhook { get; set; } = new() { PermitLimit = 60 };

    public RateLimit Api { get; set; } = new() { PermitLimit = 1200 };
}

/// <summary>
/// ASP.NET Core's rate limiter in front of sign-in, the webhook and <c>/api</c>. A request over the
/// allowance is answered 429 with <c>code: "rate-limited"</c> and a Retry-After; nothing else is limited.
/// Sign-in is limited before authentication, which answers the provider's callbacks itself; the API
/// after it, so that each user has an allowance of their own.
/// </summary>
public static class RateLimits
{
    public static WebApplicationBuilder AddLedgerRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddRateLimiter(options => Configure(options, http =>
            http.Request.Path.StartsWithSegments("/api") ? ("api", settings.Api)
            : http.Request.Path.StartsWithSegments("/webhooks") ? ("webhook", settings.Webhook)
            : null));
        return builder;
    }

    /// <summary>Sign-in: the page that sends the browser to the provider, and the provider's callbacks.</summary>
    public static void UseSignInRateLimit(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<RateLimitSettings>();
        app.UseWhen(IsSignIn, signIn => signIn.UseRateLimiter(Configure(new RateLimiterOptions(), _ => ("sign-in", settings.SignIn))));
    }

    private static bool IsSignIn(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/inloggen") || http.Request.Path.StartsWithSegments("/signin-oidc")
        || http.Request.Path.StartsWithSegments("/signout-callback-oidc");

    private static RateLimiterOptions Configure(RateLimiterOptions options, Func<HttpContext, (string Name, RateLimit Limit)?> lane)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => lane(http) is { } found
            ? RateLimitPartition.GetFixedWindowLimiter($"{found.Name}|{Caller(http)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = found.Limit.PermitLimit,
                Window = found.Limit.Window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("unlimited"));
        options.OnRejected = async (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Problems.For(ProblemCodes.RateLimited, $"Try again in {seconds} s.").ToResult().ExecuteAsync(context.HttpContext);
        };
        return options;
    }

    /// <summary>
    /// The signed-in user of a municipality, else the client's address (behind a proxy: as it forwarded
    /// it); an IPv6 client by its /64, the block one household or office is given.
    /// </summary>
    private static string Caller(HttpContext http)
    {
        if (http.User.FindFirst(TokenClaims.User)?.Value is { } user)
        {
            return $"{http.User.FindFirst(TokenClaims.Tenant)?.Value}/{user}";
        }
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return $"{new IPAddress(bytes)}/64";
        }
        return address.ToString();
    }
}
