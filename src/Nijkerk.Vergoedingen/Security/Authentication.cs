using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Two ways in. The API takes bearer tokens from the municipalities' identity providers
/// (<c>Auth:Authority</c> and <c>Auth:Issuers</c>, keys from their JWKS, algorithms pinned; one bearer
/// scheme per provider, chosen by the token's issuer) — in Development without a provider, tokens signed
/// with a shared key (<c>Auth:SigningKey</c>), the way /dev/token issues them (<see cref="IssuerBearers"/>).
/// The screens take a cookie, issued after OpenID Connect sign-in at one of those providers
/// (<see cref="ScreenSignIn"/>), or in Development after picking a demo user.
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
                    ? IssuerBearers.SchemeFor(http.Request, trusted)
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
        authentication.AddScreenSignIn(auth);
        authentication.AddIssuerBearers(auth);
        return builder;
    }

    /// <summary>The development key, which no host outside Development accepts (see <see cref="AuthSettings.AssertSafeFor"/>).</summary>
    public static SymmetricSecurityKey? SigningKey(AuthSettings auth) =>
        auth.SigningKey is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;
}
