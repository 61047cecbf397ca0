using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Two ways in. The API takes bearer tokens from the municipalities' identity providers
/// (<c>Auth:Authority</c> and <c>Auth:Issuers</c>, keys from their JWKS, algorithms pinned; one bearer
/// scheme per provider, chosen by the token's issuer) — in Development without a provider, tokens signed
/// with a shared key (<c>Auth:SigningKey</c>), the way /dev/token issues them. The screens take a
/// cookie, issued after OpenID Connect sign-in at the same provider (authorization code + PKCE), or in
/// Development after picking a demo user.
/// </summary>
public static class Authentication
{
    public const string DevIssuer = "nijkerk-vergoedingen-dev";
    public const string Scheme = "ledger";
    public const string OpenIdConnect = "oidc";

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        auth.AssertSafeFor(builder.Environment);
        builder.Services.AddSingleton(auth);
        var session = builder.Configuration.GetSection("Auth:Session").Get<ScreenSessionSettings>() ?? new ScreenSessionSettings();
        builder.Services.AddSingleton(session);
        builder.Services.AddSingleton<ProviderRecheck>();
        builder.Services.AddSingleton<ScreenSessionEvents>();
        builder.Services.AddSingleton<IAuthorizationHandler, KnownTenantRequirement>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResults>();
        builder.Services.AddAuthorizationBuilder().AddLedgerPolicies();
        var trusted = auth.TrustedIssuers();
        var authentication = builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer for the API, a cookie for the screens", options =>
                options.ForwardDefaultSelector = http => http.Request.IsApi()
                    ? BearerSchemeFor(http.Request, trusted)
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/inloggen";
                options.LogoutPath = "/uitloggen";
                options.AccessDeniedPath = "/geen-toegang";
                options.Cookie.Name = "vergoedingen";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = session.Sliding;
                options.SlidingExpiration = true;
                options.EventsType = typeof(ScreenSessionEvents);
            });
        // OpenID Connect looks at every request for its callback, so it exists only when configured.
        if (auth.ScreensSignInConfigured)
        {
            authentication.AddOpenIdConnect(OpenIdConnect, options =>
            {
                options.Authority = auth.Authority;
                options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                options.ClientId = auth.Oidc.ClientId;
                options.ClientSecret = auth.Oidc.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.Scope.Clear();
                options.Scope.Add("openid");
                foreach (var scope in auth.Oidc.Scopes)
                {
                    options.Scope.Add(scope);
                }
                options.SaveTokens = false;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.TokenValidationParameters.ValidAlgorithms = auth.AcceptedAlgorithms;
                options.TokenValidationParameters.NameClaimType = TokenClaims.User;
                options.TokenValidationParameters.RoleClaimType = TokenClaims.Role;
                options.Events = new OpenIdConnectEvents
                {
                    // A callback that is forged, stale or refused by the provider is a page, not a fault.
                    OnRemoteFailure = context =>
                    {
                        context.HandleResponse();
                        context.Response.Redirect("/geen-toegang");
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        context.Principal = auth.LedgerPrincipal(context.Principal!, CookieAuthenticationDefaults.AuthenticationScheme);
                        // Of the provider's tokens only the ID token is kept, as the hint its end-session
                        // endpoint asks for (signing out of the screens ends the provider's session too), and the
                        // refresh token, with which the session asks the provider again about its user.
                        var tokens = new List<AuthenticationToken>();
                        if ((context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage.IdToken) is { } idToken)
                        {
                            tokens.Add(new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken });
                        }
                        if (context.TokenEndpointResponse?.RefreshToken is { Length: > 0 } refreshToken)
                        {
                            tokens.Add(new AuthenticationToken { Name = ProviderRecheck.RefreshToken, Value = refreshToken });
                        }
                        context.Properties!.StoreTokens(tokens);
                        return Task.CompletedTask;
                    },
                };
            });
        }
        if (trusted.Count == 0)
        {
            // Development without a provider (AuthSettings.AssertSafeFor admits nothing else): /dev/token's key.
            authentication.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                Bearer(options, auth, new TrustedIssuer { Audience = auth.Audience });
                options.TokenValidationParameters.ValidIssuer = DevIssuer;
                options.TokenValidationParameters.IssuerSigningKey = SigningKey(auth);
                options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            });
        }
        foreach (var (_, scheme, issuer) in trusted)
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
        return builder;
    }

    /// <summary>
    /// The bearer scheme of the provider that issued the request's token, read from its <c>iss</c> without
    /// trusting it: that scheme then checks the signature against that provider's keys and its issuer. A
    /// token of no trusted provider goes to the first, which refuses it.
    /// </summary>
    private static string BearerSchemeFor(HttpRequest request, IReadOnlyList<IssuerScheme> trusted)
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

    /// <summary>The development key, which no host outside Development accepts (see <see cref="AuthSettings.AssertSafeFor"/>).</summary>
    public static SymmetricSecurityKey? SigningKey(AuthSettings auth) =>
        auth.SigningKey is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;

    /// <summary>Signs out of the screens, and where sign-in went through the provider, out of its session too.</summary>
    public static IEnumerable<string> SignOutSchemes(AuthSettings auth) => auth.ScreensSignInConfigured
        ? [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnect]
        : [CookieAuthenticationDefaults.AuthenticationScheme];
}
