using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

public sealed record DevTokenRequest(string? User, string[]? Roles, string? Tenant);

public sealed record DevTokenResponse(string Token);

/// <summary>
/// <c>POST /dev/token</c>: a token for any user, roles and municipality, so the API can be tried
/// without an identity provider. Mapped in Development only; elsewhere the route does not exist.
/// </summary>
public static class DevTokens
{
    public static void MapDevTokens(this WebApplication app)
    {
        // Where even Development trusts an identity provider, the API would refuse what this route signs.
        var auth = app.Services.GetRequiredService<AuthSettings>();
        if (!app.Environment.IsDevelopment() || auth.TrustedIssuers().Count > 0 || Authentication.SigningKey(auth) is null)
        {
            return;
        }
        app.MapPost("/dev/token", (DevTokenRequest? request) =>
        {
            var check = new Check();
            var user = check.Text("user", request?.User, Rules.MaxName);
            var tenant = check.Text("tenant", request?.Tenant, Rules.MaxName);
            var roles = request?.Roles ?? [];
            if (roles.Length == 0 || roles.Any(r => !Common.Roles.Known.Contains(r)))
            {
                check.Fail("roles", Rules.Shape, $"must be one or more of {string.Join(", ", Common.Roles.Known)}");
            }
            if (check.Refusal is { } refusal)
            {
                return Problems.For(refusal).ToResult();
            }
            // The JWT library checks lifetimes against the real clock, not the ledger's injected one.
            var now = DateTime.UtcNow;
            var claims = new List<Claim> { new(TokenClaims.User, user), new(TokenClaims.Tenant, tenant) };
            claims.AddRange(roles.Select(r => new Claim(TokenClaims.Role, r)));
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Subject = new ClaimsIdentity(claims),
                Issuer = Authentication.DevIssuer,
                Audience = auth.Audience,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddHours(10),
                SigningCredentials = new SigningCredentials(Authentication.SigningKey(auth), SecurityAlgorithms.HmacSha256),
            });
            return Results.Ok(new DevTokenResponse(token));
        }).AllowAnonymous();
    }
}
