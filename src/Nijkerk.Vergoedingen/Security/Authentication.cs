using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Two ways in. The API takes bearer tokens from the municipality's identity provider
/// (<c>Auth:Authority</c>, keys from its JWKS, algorithms pinned) — in Development also tokens signed
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
        var authentication = builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer for the API, a cookie for the screens", options =>
                options.ForwardDefaultSelector = http => http.Request.IsApi()
                    ? JwtBearerDefaults.AuthenticationScheme
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
                        context.Principal = LedgerPrincipal(context.Principal!, auth.Claims, CookieAuthenticationDefaults.AuthenticationScheme);
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
        authentication.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = TokenClaims.User,
                RoleClaimType = TokenClaims.Role,
                ValidAudience = auth.Audience,
                ValidateAudience = true,
                ValidateIssuer = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = auth.ClockSkew,
                ValidAlgorithms = auth.AcceptedAlgorithms,
            };
            if (!string.IsNullOrEmpty(auth.Authority))
            {
                options.Authority = auth.Authority;
                options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            }
            else
            {
                // Development without a provider (AuthSettings.AssertSafeFor admits nothing else): /dev/token's key.
                options.TokenValidationParameters.ValidIssuer = DevIssuer;
                options.TokenValidationParameters.IssuerSigningKey = SigningKey(auth);
                options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    context.Principal = LedgerPrincipal(context.Principal!, auth.Claims, JwtBearerDefaults.AuthenticationScheme);
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
        });
        return builder;
    }

    /// <summary>The development key, which no host outside Development accepts (see <see cref="AuthSettings.AssertSafeFor"/>).</summary>
    public static SymmetricSecurityKey? SigningKey(AuthSettings auth) =>
        auth.SigningKey is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;

    /// <summary>
    /// The provider's claims as the ledger names them — user, roles, municipality — and nothing else, so
    /// neither the cookie nor a log carries what the provider knows about a person.
    /// </summary>
    public static ClaimsPrincipal LedgerPrincipal(ClaimsPrincipal principal, ClaimNames names, string authenticationType)
    {
        var claims = new List<Claim>();
        if (principal.FindFirst(names.User)?.Value is { Length: > 0 } user)
        {
            claims.Add(new Claim(TokenClaims.User, user));
        }
        if (principal.FindFirst(names.Tenant)?.Value is { Length: > 0 } tenant)
        {
            claims.Add(new Claim(TokenClaims.Tenant, tenant));
        }
        claims.AddRange(principal.FindAll(names.Role).Select(r => new Claim(TokenClaims.Role, r.Value)));
        // The provider's session id, which its end-session call may need.
        if (principal.FindFirst("sid") is { } sid)
        {
            claims.Add(new Claim("sid", sid.Value));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, TokenClaims.User, TokenClaims.Role));
    }

    /// <summary>Signs out of the screens, and where sign-in went through the provider, out of its session too.</summary>
    public static IEnumerable<string> SignOutSchemes(AuthSettings auth) => auth.ScreensSignInConfigured
        ? [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnect]
        : [CookieAuthenticationDefaults.AuthenticationScheme];
}
