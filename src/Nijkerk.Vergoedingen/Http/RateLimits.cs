using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>A lane's allowance: so many requests per window, per user (or per address when anonymous).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Settings under <c>RateLimits</c>: each lane has its own allowance.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Per address and attempted sign-in (the user a sign-in form names, the state a provider's callback carries).</summary>
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 60 };

    /// <summary>Every sign-in request from one address together: a town hall's staff behind one address sign in in the morning.</summary>
    public RateLimit SignInPerAddress { get; set; } = new() { PermitLimit = 1200 };

    public RateLimit Webhook { get; set; } = new() { PermitLimit = 60 };

    public RateLimit Api { get; set; } = new() { PermitLimit = 1200 };

    /// <summary>The screens and the printable reports, per user.</summary>
    public RateLimit Screens { get; set; } = new() { PermitLimit = 600 };

    /// <summary>
    /// Reads that go through a whole year or case, on top of their lane's allowance: exports (CSV, the case
    /// export, the journal, SEPA files), the reports, and any view as it stood at <c>?asOf=</c>.
    /// </summary>
    public RateLimit Expensive { get; set; } = new() { PermitLimit = 30 };
}

/// <summary>
/// ASP.NET Core's rate limiter in front of everything but health, metrics, static files and Development's token
/// route. A request over an allowance is answered 429 with <c>code: "rate-limited"</c> and a Retry-After.
/// Sign-in is limited before authentication, which answers the provider's callbacks itself; the rest
/// after it, so that each user has allowances of their own.
/// </summary>
public static class RateLimits
{
    public static WebApplicationBuilder AddLedgerRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddRateLimiter(options => Configure(options,
            Lane(http =>
                http.Request.Path.StartsWithSegments("/api") ? ("api", settings.Api)
                : http.Request.Path.StartsWithSegments("/webhooks") ? ("webhook", settings.Webhook)
                : IsSignIn(http) || http.Request.Path.StartsWithSegments("/health") || http.Request.Path.StartsWithSegments("/dev")
                  || Telemetry.IsScrape(http.Request.Path) ? null
                : ("screens", settings.Screens)),
            Lane(http => IsExpensive(http.Request) ? ("expensive", settings.Expensive) : null)));
        return builder;
    }

    /// <summary>
    /// Sign-in: the page that sends the browser to the provider, and the provider's callbacks. A town hall
    /// reaches the ledger from one address, so one small allowance per address would lock its staff out on a
    /// busy morning; a user agent does not tell them apart either (one managed browser for all). So each
    /// attempt — the user a sign-in form names, the state a callback answers — has the small allowance, and
    /// the address as a whole a generous one, which also bounds whoever varies names or states.
    /// </summary>
    public static void UseSignInRateLimit(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<RateLimitSettings>();
        app.UseWhen(IsSignIn, signIn =>
        {
            // The partition is chosen synchronously: a posted form (a few fields) is read before.
            signIn.Use(async (http, next) =>
            {
                if (http.Request.HasFormContentType)
                {
                    try
                    {
                        await http.Request.ReadFormAsync(http.RequestAborted);
                    }
                    catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
                    {
                        var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
                        await (tooLarge ? Problems.For(ProblemCodes.PayloadTooLarge) : Problems.Validation("body", "The form cannot be read."))
                            .ToResult().ExecuteAsync(http);
                        return;
                    }
                }
                await next(http);
            });
            signIn.UseRateLimiter(Configure(new RateLimiterOptions(),
                // The address first: what it refuses never gets an attempt's limiter made for it.
                Lane(_ => ("sign-in", settings.SignInPerAddress)),
                Lane(http => Attempt(http) is { } attempt ? ($"sign-in|{attempt}", settings.SignIn) : null)));
        });
    }

    private static bool IsSignIn(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/inloggen") || http.Request.Path.StartsWithSegments("/signin-oidc")
        || http.Request.Path.StartsWithSegments("/signout-callback-oidc");

    /// <summary>
    /// What one sign-in attempt names: the user (and municipality) of the sign-in form, else the state of a
    /// callback — as a short hash, so that neither a name nor a long state is kept as a limiter's key.
    /// </summary>
    private static string? Attempt(HttpContext http)
    {
        var form = http.Request.HasFormContentType ? http.Request.Form : null;
        var state = form?["state"].ToString() is { Length: > 0 } posted ? posted : http.Request.Query["state"].ToString();
        var attempt = form?["user"].ToString() is { Length: > 0 } user ? $"user:{form["tenant"]}/{user}"
            : state.Length > 0 ? $"state:{state}"
            : null;
        return attempt is null ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(attempt)), 0, 16);
    }

    /// <summary>Reads that walk a whole year, case or period, or the ledger as it stood at another instant.</summary>
    public static bool IsExpensive(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (path.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase))
        {
            path = "/api/" + path["/api/v1/".Length..];
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return request.Query.ContainsKey("asOf")
            || string.Equals(request.Query["handler"], "csv", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            || request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase)
            || segments is ["reports", ..]
            || segments is ["api", "journal", ..]
            || segments is ["api", "cases", _, "export"]
            || segments is ["api", "payment-batches", _, "file"];
    }

    private static Func<HttpContext, RateLimitPartition<string>> Lane(Func<HttpContext, (string Name, RateLimit Limit)?> lane) =>
        http => lane(http) is { } found
            ? RateLimitPartition.GetFixedWindowLimiter($"{found.Name}|{Caller(http)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = found.Limit.PermitLimit,
                Window = found.Limit.Window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("unlimited");

    /// <summary>A request passes only when every lane it belongs to has a permit left, tried in order.</summary>
    private static RateLimiterOptions Configure(RateLimiterOptions options, params Func<HttpContext, RateLimitPartition<string>>[] lanes)
    {
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained([.. lanes.Select(lane => PartitionedRateLimiter.Create(lane))]);
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
