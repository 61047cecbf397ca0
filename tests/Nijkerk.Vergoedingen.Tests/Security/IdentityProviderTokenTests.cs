using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>Outside Development the API trusts the municipality's identity provider, through its JWKS, and nothing else.</summary>
public class IdentityProviderTokenTests(LedgerApp app) : LedgerTest(app), IAsyncLifetime
{
    private WebApplicationFactory<Program> _production = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _production = App.ProductionHost();
    }

    public override async Task DisposeAsync()
    {
        await _production.DisposeAsync();
        await base.DisposeAsync();
    }

    private HttpClient With(string token)
    {
        // Addressed as HTTPS, as the proxy in front of the app forwards it; plain HTTP is redirected.
        var client = _production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task The_api_accepts_the_providers_access_tokens_with_their_user_roles_and_municipality()
    {
        var anna = With(await IdentityProvider.AccessTokenAsync("anna"));
        var bob = With(await IdentityProvider.AccessTokenAsync("bob"));

        var requested = await (await anna.Post("/api/referrals", Steps.HoudMeVast())).ShouldBe(HttpStatusCode.Created);
        var id = requested.Str("id");
        var approved = await (await bob.Post($"/api/referrals/{id}/approve", new { reason = "Uitzonderlijk geval" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Reserved", approved.Str("status"));
        var referral = await anna.GetJson($"/api/referrals/{id}");
        Assert.Equal(("anna", "bob"), (referral.Str("requestedBy"), referral.Str("approvedBy")));
        // The municipality came from the token: Ede's officer cannot see it.
        var erik = With(await IdentityProvider.AccessTokenAsync("erik"));
        await (await erik.GetAsync($"/api/referrals/{id}")).ShouldBeProblem(404, "not-found");
        // And the role too: a consulent may not approve.
        await (await anna.Post($"/api/referrals/{id}/reject", new { reason = "x" })).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        var real = new JsonWebToken(await IdentityProvider.AccessTokenAsync("bob"));
        // The same claims and key id, signed by a key the provider never published.
        var forged = Sign(new RsaSecurityKey(RSA.Create(2048)) { KeyId = real.Kid }, SecurityAlgorithms.RsaSha256, real);

        await (await With(forged).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
        await (await With(real.EncodedToken).GetAsync("/api/allocation/2026")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var token = await IdentityProvider.AccessTokenAsync("bob", IdentityProvider.AnotherService);

        Assert.Equal("another-service", new JsonWebToken(token).Audiences.Single());
        await (await With(token).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = new JsonWebToken(await IdentityProvider.AccessTokenAsync("bob", IdentityProvider.ShortLivedApi));

        // The provider gave it one second; wait until that second has passed on this machine's clock.
        await Eventually.Holds(() => Task.FromResult(DateTime.UtcNow > token.ValidTo.AddSeconds(1)), "the token's lifetime passes", seconds: 10);
        await (await With(token.EncodedToken).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
    }

    [Fact]
    public async Task Outside_development_a_token_signed_with_a_shared_key_is_refused()
    {
        var real = new JsonWebToken(await IdentityProvider.AccessTokenAsync("bob"));
        foreach (var key in new[] { LedgerApp.TestSigningKey, "development-only-signing-key-not-for-production-use" })
        {
            var shared = Sign(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256, real);

            await (await With(shared).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
        }
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var real = new JsonWebToken(await IdentityProvider.AccessTokenAsync("bob"));
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var unsigned = $"{header}.{real.EncodedPayload}.";

        await (await With(unsigned).GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
    }

    [Fact]
    public void Outside_development_the_app_refuses_to_start_without_an_identity_provider()
    {
        using var host = App.Host("Production");

        var refusal = host.Refusal();

        Assert.Contains("Auth:Authority", refusal);
    }

    [Fact]
    public void Outside_development_the_app_refuses_to_start_with_a_development_signing_key()
    {
        using var host = App.ProductionHost(builder => builder.UseSetting("Auth:SigningKey", LedgerApp.TestSigningKey));

        var refusal = host.Refusal();

        Assert.Contains("Auth:SigningKey", refusal);
    }

    [Theory]
    [InlineData("Auth:Algorithms:0", "HS256", "Auth:Algorithms")]
    [InlineData("Auth:Authority", "http://login.nijkerk.nl", "Auth:RequireHttpsMetadata")]
    [InlineData("Auth:Oidc:ClientId", "nijkerk-vergoedingen", "Auth:Oidc:ClientId equals Auth:Audience")]
    public void Outside_development_the_app_refuses_to_start_with_a_setting_that_would_let_a_forged_token_in(string key, string value, string named)
    {
        using var host = App.ProductionHost(builder => builder.UseSetting(key, value));

        var refusal = host.Refusal();

        Assert.Contains(named, refusal);
    }

    private static string Sign(SecurityKey key, string algorithm, JsonWebToken like) => new JsonWebTokenHandler().CreateToken(
        Base64UrlEncoder.Decode(like.EncodedPayload), new SigningCredentials(key, algorithm));
}
