using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Two ways in. The API takes bearer tokens: from the municipality's identity provider
/// (<c>Auth:Authority</c>), or signed with a shared key (<c>Auth:SigningKey</c>) — the way /dev/token
/// issues them in Development. The screens take a cookie, issued after OpenID Connect sign-in
/// (<c>Auth:Oidc</c>), or in Development after picking a demo user.
/// </summary>
public static class Authentication
{
    public const string DevIssuer = "nijkerk-vergoedingen-dev";
    public const string Scheme = "ledger";
    public const string OpenIdConnect = "oidc";

    /// <summary>A request for the API, which answers with problems rather than sign-in pages.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/webhooks")
        || request.Path.StartsWithSegments("/dev");

    public static WebApplicationBuilder AddLedgerSecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.Configure<Dictionary<string, TenantSettings>>(builder.Configuration.GetSection("Tenants"));
        builder.Services.AddSingleton<IAuthorizationHandler, KnownTenantRequirement>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResults>();
        builder.Services.AddAuthorizationBuilder().AddLedgerPolicies();
        var authentication = builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer for the API, a cookie for the screens", options =>
                options.ForwardDefaultSelector = http => IsApi(http.Request)
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
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        // OpenID Connect looks at every request for its callback, so it exists only when configured.
        if (!string.IsNullOrEmpty(auth["Oidc:Authority"]))
        {
            authentication.AddOpenIdConnect(OpenIdConnect, options =>
            {
                var oidc = auth.GetSection("Oidc");
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.TokenValidationParameters.NameClaimType = TokenClaims.User;
                options.TokenValidationParameters.RoleClaimType = TokenClaims.Role;
            });
        }
        authentication.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Audience = auth["Audience"];
            options.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = TokenClaims.User,
                RoleClaimType = TokenClaims.Role,
                ValidAudience = auth["Audience"],
            };
            if (!string.IsNullOrEmpty(auth["Authority"]))
            {
                options.Authority = auth["Authority"];
            }
            else if (SigningKey(builder.Configuration) is { } key)
            {
                options.TokenValidationParameters.ValidIssuer = DevIssuer;
                options.TokenValidationParameters.IssuerSigningKey = key;
            }
            else
            {
                throw new InvalidOperationException("Configure Auth:Authority (the identity provider) or Auth:SigningKey.");
            }
            options.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await Problems.For(ProblemCodes.Unauthorized, "Send a bearer token in the Authorization header.")
                        .ToResult().ExecuteAsync(context.HttpContext);
                },
            };
        });
        return builder;
    }

    public static SymmetricSecurityKey? SigningKey(IConfiguration configuration) =>
        configuration["Auth:SigningKey"] is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;
}
