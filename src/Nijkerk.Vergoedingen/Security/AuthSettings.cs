using Nijkerk.Vergoedingen.Http;
namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Settings under <c>Auth</c>. Outside Development the municipality's identity provider is the only way
/// in: <see cref="Authority"/> is required and <see cref="SigningKey"/> may not be set.
/// </summary>
public sealed class AuthSettings
{
    /// <summary>The identity provider's issuer; its discovery document names its keys (JWKS).</summary>
    public string? Authority { get; set; }

    /// <summary>The audience an access token for the API must name.</summary>
    public string Audience { get; set; } = "nijkerk-vergoedingen";

    /// <summary>Only where the provider is on loopback in a test may its metadata be fetched over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The signature algorithms accepted from the provider; anything else (HS256, none) is refused.</summary>
    public string[] Algorithms { get; set; } = [];

    public string[] AcceptedAlgorithms => Algorithms.Length > 0 ? Algorithms : ["RS256"];

    /// <summary>How far a token's lifetime may be off the server's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Development only: the shared key /dev/token signs with.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Claim names as the provider spells them; the ledger's own are sub, role and tenant.</summary>
    public ClaimNames Claims { get; set; } = new();

    /// <summary>Sign-in for the screens (authorization code + PKCE) at the same provider.</summary>
    public OidcSettings Oidc { get; set; } = new();

    public bool ScreensSignInConfigured => !string.IsNullOrEmpty(Authority) && !string.IsNullOrEmpty(Oidc.ClientId);

    /// <summary>
    /// Refuses to start a host that would trust a development key, no identity provider at all, a
    /// shared-secret algorithm, provider metadata over plain HTTP from elsewhere than this machine, or
    /// an ID token of the screens as an access token of the API.
    /// </summary>
    public void AssertSafeFor(IHostEnvironment environment)
    {
        if (!string.IsNullOrEmpty(Oidc.ClientId) && string.Equals(Oidc.ClientId, Audience, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "Auth:Oidc:ClientId equals Auth:Audience: an ID token of the screens would pass as an access token of the API; give them different names.");
        }
        if (environment.IsDevelopment())
        {
            if (string.IsNullOrWhiteSpace(Authority) && SigningKey is not { Length: >= 32 })
            {
                throw new InvalidOperationException("In Development set Auth:Authority, or Auth:SigningKey of 32 characters or more.");
            }
            return;
        }
        if (string.IsNullOrWhiteSpace(Authority))
        {
            throw new InvalidOperationException(
                $"Outside Development the ledger needs an identity provider: set Auth:Authority (environment {environment.EnvironmentName}).");
        }
        if (!string.IsNullOrEmpty(SigningKey))
        {
            throw new InvalidOperationException(
                $"Auth:SigningKey is for Development only; remove it (environment {environment.EnvironmentName}).");
        }
        if (AcceptedAlgorithms.FirstOrDefault(a => !a.StartsWith("RS", StringComparison.Ordinal) && !a.StartsWith("PS", StringComparison.Ordinal)
            && !a.StartsWith("ES", StringComparison.Ordinal)) is { } shared)
        {
            throw new InvalidOperationException($"Auth:Algorithms: {shared} is no public-key signature; accept RS*, PS* or ES* only.");
        }
        if (!RequireHttpsMetadata && !(Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && authority.IsLoopback))
        {
            throw new InvalidOperationException("Auth:RequireHttpsMetadata may be false only for an identity provider on this machine (loopback).");
        }
    }
}

public sealed class ClaimNames
{
    public string User { get; set; } = TokenClaims.User;

    public string Role { get; set; } = TokenClaims.Role;

    public string Tenant { get; set; } = TokenClaims.Tenant;
}

public sealed class OidcSettings
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c>, where the provider releases roles and municipality.</summary>
    public string[] Scopes { get; set; } = [];
}
