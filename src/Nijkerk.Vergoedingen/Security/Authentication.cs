using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Bearer tokens: from the municipality's identity provider (<c>Auth:Authority</c>), or signed with a
/// shared key (<c>Auth:SigningKey</c>) — the way /dev/token issues them in Development.
/// </summary>
public static class Authentication
{
    public const string DevIssuer = "nijkerk-vergoedingen-dev";

    public static WebApplicationBuilder AddLedgerSecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.Configure<Dictionary<string, TenantSettings>>(builder.Configuration.GetSection("Tenants"));
        builder.Services.AddSingleton<IAuthorizationHandler, KnownTenantRequirement>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResults>();
        builder.Services.AddAuthorizationBuilder().AddLedgerPolicies();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
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
