using System.Security.Claims;
using System.Text.Json;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// An identity provider the API trusts, and how its tokens name the user, the roles and the municipality.
/// <c>Auth</c> itself is one (today's single provider, in the ledger's own claim names by default);
/// <c>Auth:Issuers:{name}</c> adds more, such as each municipality's Entra ID tenant or Keycloak realm.
/// </summary>
public class TrustedIssuer
{
    /// <summary>The identity provider's issuer; its discovery document names its keys (JWKS).</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// The <c>iss</c> its access tokens carry, where that is not its discovery document's (ADFS'
    /// <c>…/adfs/services/trust</c>, Entra ID's v1 tokens <c>https://sts.windows.net/{tid}/</c>).
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>The audience an access token for the API must name.</summary>
    public string Audience { get; set; } = "nijkerk-vergoedingen";

    /// <summary>Only where the provider is on loopback in a test may its metadata be fetched over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Where the provider's tokens hold the user, the roles and the municipality.</summary>
    public ClaimNames Claims { get; set; } = new();

    /// <summary>The one municipality this provider's users act for, whatever its tokens say.</summary>
    public string? Municipality { get; set; }

    /// <summary>From the value of <see cref="ClaimNames.Tenant"/> (an Entra <c>tid</c>) to a municipality's slug; any other value acts for none.</summary>
    public Dictionary<string, string> Municipalities { get; set; } = [];

    /// <summary>Sign-in for the screens (authorization code + PKCE) at this provider.</summary>
    public OidcSettings Oidc { get; set; } = new();

    /// <summary>Whether its users act only for the municipalities named here, not for any their tokens name.</summary>
    public bool Pinned => !string.IsNullOrEmpty(Municipality) || Municipalities.Count > 0;

    /// <summary>The municipalities its users may act for, as far as the settings say (none where its tokens name it).</summary>
    public IEnumerable<string> Served() => !string.IsNullOrEmpty(Municipality) ? [Municipality] : Municipalities.Values.Distinct();

    /// <summary>The <c>iss</c> by which a token is routed to this provider.</summary>
    public string? IssuerName => (Issuer ?? Authority)?.TrimEnd('/');

    /// <summary>
    /// The provider's claims as the ledger names them — user, roles, municipality — and nothing else, so
    /// neither the cookie nor a log carries what the provider knows about a person.
    /// </summary>
    public ClaimsPrincipal LedgerPrincipal(ClaimsPrincipal principal, string authenticationType)
    {
        var claims = new List<Claim>();
        if (Values(principal, Claims.User).FirstOrDefault() is { Length: > 0 } user)
        {
            claims.Add(new Claim(TokenClaims.User, user));
        }
        if (MunicipalityOf(principal) is { Length: > 0 } tenant)
        {
            claims.Add(new Claim(TokenClaims.Tenant, tenant));
        }
        // A provider's own roles (Keycloak's offline_access, say) mean nothing here.
        claims.AddRange(Values(principal, Claims.Role).Where(Roles.Known.Contains).Distinct().Select(r => new Claim(TokenClaims.Role, r)));
        // The provider's session id, which its end-session call may need.
        if (principal.FindFirst("sid") is { } sid)
        {
            claims.Add(new Claim("sid", sid.Value));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, TokenClaims.User, TokenClaims.Role));
    }

    private string? MunicipalityOf(ClaimsPrincipal principal)
    {
        if (!string.IsNullOrEmpty(Municipality))
        {
            return Municipality;
        }
        var named = Values(principal, Claims.Tenant).FirstOrDefault();
        if (Municipalities.Count == 0 || named is null)
        {
            return named;
        }
        return Municipalities.FirstOrDefault(m => string.Equals(m.Key, named, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>
    /// The values at <paramref name="path"/>: a claim of that name, or a dotted path into a claim holding
    /// JSON (<c>realm_access.roles</c>); an array gives each of its strings.
    /// </summary>
    public static IEnumerable<string> Values(ClaimsPrincipal principal, string path)
    {
        var exact = principal.FindAll(path).ToList();
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (exact.Count > 0 || dot < 0)
        {
            return exact.Select(c => c.Value);
        }
        var steps = path[(dot + 1)..].Split('.');
        return principal.FindAll(path[..dot]).SelectMany(c => Walk(c.Value, steps));
    }

    private static List<string> Walk(string json, string[] steps)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var at = document.RootElement;
            foreach (var step in steps)
            {
                if (at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(step, out at))
                {
                    return [];
                }
            }
            return at.ValueKind switch
            {
                JsonValueKind.String => [at.GetString()!],
                JsonValueKind.Array => [.. at.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

public sealed class ClaimNames
{
    /// <summary>The person's immutable id: <c>oid</c> for Entra ID, <c>sub</c> for most others.</summary>
    public string User { get; set; } = TokenClaims.User;

    /// <summary>The ledger roles: a claim (<c>roles</c>), or a path into one (<c>realm_access.roles</c>).</summary>
    public string Role { get; set; } = TokenClaims.Role;

    /// <summary>The municipality's slug, or with <see cref="TrustedIssuer.Municipalities"/> the value mapped to one (<c>tid</c>).</summary>
    public string Tenant { get; set; } = TokenClaims.Tenant;
}
