using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// One bearer scheme per trusted provider, each checking tokens with that provider's keys, issuer and
/// audience and mapping its claims onto the ledger's; the token's <c>iss</c> says which scheme looks at it.
/// </summary>
public static class IssuerBearers
{
    public static AuthenticationBuilder AddIssuerBearers(this AuthenticationBuilder authentication, AuthSettings auth)
    {
        var trusted = auth.TrustedIssuers();
        if (trusted.Count == 0)
        {
            // Development without a provider (AuthSettings.AssertSafeFor admits nothing else): /dev/token's key.
            authentication.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                Bearer(options, auth, new TrustedIssuer { Audience = auth.Audience });
                options.TokenValidationParameters.ValidIssuer = Authentication.DevIssuer;
                options.TokenValidationParameters.IssuerSigningKey = Authentication.SigningKey(auth);
                options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            });
        }
        foreach (var (scheme, issuer) in trusted.Select(t => (t.Scheme, t.Issuer)))
        {
            authentication.AddJwtBearer(scheme, options =>
            {
                Bearer(options, auth, issuer);
                options.Authority = issuer.Authority;
                options.RequireHttpsMetadata = issuer.RequireHttpsMetadata;
                if (!string.IsNullOrEmpty(issuer.Issuer))
                {
                    options.TokenValidationParameters.ValidIssuer = issuer.Issuer;
                }
            });
        }
        return authentication;
    }

    /// <summary>
    /// The bearer scheme of the provider that issued the request's token, read from its <c>iss</c> without
    /// trusting it: that scheme then checks the signature against that provider's keys and its issuer. A
    /// token of no trusted provider goes to the first, which refuses it.
    /// </summary>
    public static string SchemeFor(HttpRequest request, IReadOnlyList<IssuerScheme> trusted)
    {
        if (trusted.Count <= 1)
        {
            return trusted.Count == 0 ? JwtBearerDefaults.AuthenticationScheme : trusted[0].Scheme;
        }
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && Peek(header[bearer.Length..].Trim()) is { Length: > 0 } issuer)
        {
            if (trusted.FirstOrDefault(t => string.Equals(t.Issuer.IssuerName, issuer.TrimEnd('/'), StringComparison.Ordinal)) is { } match)
            {
                return match.Scheme;
            }
        }
        return trusted[0].Scheme;
    }

    private static string? Peek(string token)
    {
        var handler = new JsonWebTokenHandler();
        try
        {
            return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    /// <summary>What every bearer scheme checks, and how it answers: the token mapped to the ledger's claims, or a problem.</summary>
    private static void Bearer(JwtBearerOptions options, AuthSettings auth, TrustedIssuer issuer)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            NameClaimType = TokenClaims.User,
            RoleClaimType = TokenClaims.Role,
            ValidAudience = issuer.Audience,
            ValidateAudience = true,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = auth.ClockSkew,
            ValidAlgorithms = auth.AcceptedAlgorithms,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                context.Principal = issuer.LedgerPrincipal(context.Principal!, JwtBearerDefaults.AuthenticationScheme);
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Problems.For(ProblemCodes.Unauthorized, "Send a valid bearer token in the Authorization header.")
                    .ToResult().ExecuteAsync(context.HttpContext);
            },
        };
    }

}
