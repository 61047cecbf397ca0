using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

public enum RecheckVerdict
{
    /// <summary>The provider knows the user as the session does (its roles may have changed).</summary>
    Vouches,

    /// <summary>The provider refused (the user is gone, the grant revoked, its session ended), or names someone else, or no ledger role.</summary>
    Refuses,

    /// <summary>The provider could not be reached, or answered with a fault of its own.</summary>
    Unreachable,
}

public sealed record RecheckAnswer(RecheckVerdict Verdict, ClaimsPrincipal? Principal = null, IReadOnlyList<AuthenticationToken>? Tokens = null);

/// <summary>
/// Asks the identity provider about a screen session's user again, with the refresh token it issued at
/// sign-in (the only one of the provider's tokens kept besides the ID token). Its answer — a new ID token,
/// or failing that its userinfo endpoint — gives the user, roles and municipality as a sign-in would. A
/// session with no refresh token cannot be asked about, so it is refused: the user signs in again, which
/// asks the provider too.
/// </summary>
public sealed class ProviderRecheck(IOptionsMonitor<OpenIdConnectOptions> oidc, AuthSettings auth, ILogger<ProviderRecheck> log)
{
    public const string RefreshToken = OpenIdConnectParameterNames.RefreshToken;

    // Requests of one session that arrive together share one question: a refresh token the provider
    // rotates may be spent once, and a second use would look to it like theft.
    private readonly ConcurrentDictionary<string, Lazy<Task<RecheckAnswer>>> _asking = new(StringComparer.Ordinal);

    public async Task<RecheckAnswer> AskAsync(ClaimsPrincipal current, AuthenticationProperties properties, CancellationToken cancellation)
    {
        if (properties.GetTokenValue(RefreshToken) is not { Length: > 0 } refreshToken)
        {
            return new(RecheckVerdict.Refuses);
        }
        // One question per session and re-check: the same token at the next re-check is asked about anew.
        var key = $"{(properties.Items.TryGetValue(ScreenSessionEvents.CheckedAt, out var checkedAt) ? checkedAt : "")}|{refreshToken}";
        var asking = _asking.GetOrAdd(key, _ => new(() => AskOnceAsync(current, properties, refreshToken, CancellationToken.None)));
        if (!asking.IsValueCreated)
        {
            // The answer stays a minute, for the session's requests that still carry the token it replaced.
            _ = asking.Value.ContinueWith(
                async _ =>
                {
                    await Task.Delay(TimeSpan.FromMinutes(1));
                    _asking.TryRemove(new KeyValuePair<string, Lazy<Task<RecheckAnswer>>>(key, asking));
                },
                CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        return await asking.Value.WaitAsync(cancellation);
    }

    private async Task<RecheckAnswer> AskOnceAsync(ClaimsPrincipal current, AuthenticationProperties properties, string refreshToken, CancellationToken cancellation)
    {
        // The provider the session signed in at; one no longer configured vouches for no one.
        if (ScreenSignIn.ProviderOf(auth, properties) is not { } provider)
        {
            return new(RecheckVerdict.Refuses);
        }
        var options = oidc.Get(provider.ScreenScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellation);
            using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!, ["client_secret"] = options.ClientSecret ?? "",
            }), cancellation);
            if ((int)response.StatusCode >= 500)
            {
                log.LogWarning("The identity provider answered {Status} to a session's re-check", (int)response.StatusCode);
                return new(RecheckVerdict.Unreachable);
            }
            if (!response.IsSuccessStatusCode)
            {
                return new(RecheckVerdict.Refuses);
            }
            var tokens = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(cancellation));
            var claims = tokens.IdToken is { Length: > 0 } idToken
                ? await ValidatedAsync(idToken, options, configuration)
                : await UserInfoAsync(tokens.AccessToken, options, configuration, cancellation);
            if (claims is null)
            {
                return new(RecheckVerdict.Refuses);
            }
            var principal = provider.Issuer.LedgerPrincipal(claims, CookieAuthenticationDefaults.AuthenticationScheme);
            if (!SamePerson(current, principal) || !principal.Claims.Any(c => c.Type == TokenClaims.Role))
            {
                return new(RecheckVerdict.Refuses);
            }
            if (principal.FindFirst("sid") is null && current.FindFirst("sid") is { } sid)
            {
                ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("sid", sid.Value));
            }
            return new(RecheckVerdict.Vouches, principal, [
                new AuthenticationToken { Name = RefreshToken, Value = tokens.RefreshToken is { Length: > 0 } next ? next : refreshToken },
                new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = tokens.IdToken ?? properties.GetTokenValue(OpenIdConnectParameterNames.IdToken) ?? "" },
            ]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException or JsonException)
        {
            log.LogWarning("The identity provider could not be reached to re-check a session: {Fault}", e.GetType().Name);
            return new(RecheckVerdict.Unreachable);
        }
    }

    private static bool SamePerson(ClaimsPrincipal current, ClaimsPrincipal next) =>
        current.FindFirst(TokenClaims.User)?.Value is { } user && user == next.FindFirst(TokenClaims.User)?.Value
        && current.FindFirst(TokenClaims.Tenant)?.Value == next.FindFirst(TokenClaims.Tenant)?.Value;

    /// <summary>A refreshed ID token, checked as the sign-in checks one: the provider's keys, issuer, this client as audience, its lifetime.</summary>
    private static async Task<ClaimsPrincipal?> ValidatedAsync(string idToken, OpenIdConnectOptions options, OpenIdConnectConfiguration configuration)
    {
        var parameters = options.TokenValidationParameters.Clone();
        parameters.ValidIssuer = configuration.Issuer;
        parameters.ValidAudience = options.ClientId;
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(idToken, parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }

    /// <summary>Where the refresh answers without an ID token: the userinfo endpoint, with the new access token.</summary>
    private static async Task<ClaimsPrincipal?> UserInfoAsync(
        string? accessToken, OpenIdConnectOptions options, OpenIdConnectConfiguration configuration, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(accessToken) || string.IsNullOrEmpty(configuration.UserInfoEndpoint))
        {
            return null;
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, configuration.UserInfoEndpoint);
        request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await options.Backchannel.SendAsync(request, cancellation);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        var claims = document.RootElement.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray().Select(v => new Claim(p.Name, v.ToString()))
            : [new Claim(p.Name, p.Value.ToString())]);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "userinfo"));
    }
}
