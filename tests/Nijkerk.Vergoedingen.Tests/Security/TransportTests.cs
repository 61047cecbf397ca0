using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>How requests reach the app outside Development: HTTPS only, proxies as configured, nothing cached, bodies bounded.</summary>
public class TransportTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly Uri Public = new("https://vergoedingen.nijkerk.nl");

    [Fact]
    public async Task Outside_development_plain_http_is_redirected_to_https_and_https_answers_carry_hsts()
    {
        await using var production = App.ProductionHost();

        var plain = await production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://vergoedingen.nijkerk.nl") })
            .GetAsync("/api/allocation/2026");
        var secure = await production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = Public }).GetAsync("/api/allocation/2026");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://vergoedingen.nijkerk.nl/api/allocation/2026", plain.Headers.Location!.ToString());
        await secure.ShouldBeProblem(401, "unauthorized");
        Assert.Equal("max-age=31536000; includeSubDomains", secure.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Health_stays_reachable_over_plain_http_for_the_platforms_probes()
    {
        await using var production = App.ProductionHost();

        var live = await production.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_are_believed_only_from_a_configured_proxy()
    {
        await using var production = App.ProductionHost(builder => builder.UseSetting("Transport:KnownProxies:0", "10.0.0.2"));
        production.CreateClient().Dispose();

        var viaProxy = await ForwardedAsHttps(production.Server, "10.0.0.2");
        var viaStranger = await ForwardedAsHttps(production.Server, "10.0.0.66");

        // The proxy terminated TLS: the app sees HTTPS and answers. A stranger's header is ignored: plain HTTP, redirected.
        Assert.Equal((401, 307), (viaProxy.Response.StatusCode, viaStranger.Response.StatusCode));
    }

    private static Task<Microsoft.AspNetCore.Http.HttpContext> ForwardedAsHttps(TestServer server, string from) => server.SendAsync(http =>
    {
        http.Request.Scheme = "http";
        http.Request.Host = new Microsoft.AspNetCore.Http.HostString("vergoedingen.nijkerk.nl");
        http.Request.Path = "/api/allocation/2026";
        http.Request.Headers["X-Forwarded-Proto"] = "https";
        http.Request.Headers["X-Forwarded-For"] = "192.0.2.10";
        http.Connection.RemoteIpAddress = IPAddress.Parse(from);
    });

    [Fact]
    public async Task Outside_development_the_sign_in_cookies_are_secure_and_http_only()
    {
        var screens = await IdentityProvider.RegisterAsync(Public.ToString().TrimEnd('/'));
        await using var production = App.Host("Production", builder => IdentityProvider.Trust(builder, screens));

        var challenge = await production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = Public }).GetAsync("/inloggen");

        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, $"{challenge.StatusCode}: {await challenge.Content.ReadAsStringAsync()}");
        Assert.StartsWith($"{IdentityProvider.Issuer}/auth?", challenge.Headers.Location!.ToString());
        var cookies = challenge.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, cookie => Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Api_answers_exports_and_the_sepa_file_are_never_stored_by_a_cache()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var carla = await App.SignIn("carla", "controller");
        var provider = await (await App.SignIn("dirk", "admin")).RegisteredProvider();
        await bob.SetBudget("5000.00");
        var referral = await anna.CommittedReferral(bob, "1000.00");
        var claim = await anna.RecordedClaim(referral, provider, "400.00");
        await bob.ApproveClaim(referral, claim);
        var batch = (await (await bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created)).Str("id");
        var csv = new HttpRequestMessage(HttpMethod.Get, "/api/years/2026/events");
        csv.Headers.Accept.ParseAdd("text/csv");

        var answers = new[]
        {
            await anna.GetAsync($"/api/referrals/{referral}"),
            await carla.SendAsync(csv),
            await bob.GetAsync($"/api/payment-batches/{batch}/file"),
            await carla.GetAsync("/reports/2026"),
            await anna.GetAsync("/api/referrals/unknown"),
        };

        Assert.All(answers, answer => Assert.Equal("no-store", answer.Headers.CacheControl?.ToString()));
        Assert.Equal(HttpStatusCode.OK, answers[2].StatusCode);
    }

    [Fact]
    public async Task A_body_sent_in_chunks_over_the_limit_is_refused_with_413_and_changes_nothing()
    {
        await using var node = App.Host("Development");
        var address = Loopback.Serve(node);
        var anna = await node.SignIn("anna", "consulent");
        using var socket = new HttpClient { BaseAddress = new Uri(address) };
        socket.DefaultRequestHeaders.Authorization = anna.DefaultRequestHeaders.Authorization;
        var before = await App.SnapshotAsync();
        var body = System.Text.Encoding.UTF8.GetBytes(
            $$"""{"caseReference": "Z-2026-0001", "scheme": "houd-me-vast", "year": 2026, "motivation": "{{new string('x', 100_000)}}"}""");
        // A stream of unknown length: sent with Transfer-Encoding: chunked, no Content-Length to refuse it by.
        using var content = new StreamContent(new UnseekableStream(body));
        content.Headers.ContentType = new("application/json");

        var response = await socket.PostAsync("/api/referrals", content);

        Assert.Null(response.RequestMessage!.Content!.Headers.ContentLength);
        await response.ShouldBeProblem(413, "payload-too-large");
        await App.ShouldBeUnchangedSince(before);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_changes_nothing()
    {
        var anna = await App.SignIn("anna", "consulent");
        var before = await App.SnapshotAsync();

        var response = await anna.Post("/api/referrals", new
        {
            caseReference = "Z-2026-0001", scheme = "houd-me-vast", year = 2026, motivation = new string('x', 100_000),
        });

        await response.ShouldBeProblem(413, "payload-too-large");
        await App.ShouldBeUnchangedSince(before);
    }
}
