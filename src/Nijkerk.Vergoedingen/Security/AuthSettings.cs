using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Settings under <c>Auth</c>. Outside Development the municipalities' identity providers are the only
/// way in: <see cref="TrustedIssuer.Authority"/> or <see cref="Issuers"/> is required and
/// <see cref="SigningKey"/> may not be set. <c>Auth</c> is itself the first trusted provider, the one the
/// screens sign in at.
/// </summary>
public sealed partial class AuthSettings : TrustedIssuer
{
    /// <summary>More providers the API trusts, by a name of the operator's choosing, each for its own municipalities.</summary>
    public Dictionary<string, TrustedIssuer> Issuers { get; set; } = [];

    /// <summary>The signature algorithms accepted from the provider; anything else (HS256, none) is refused.</summary>
    public string[] Algorithms { get; set; } = [];

    public string[] AcceptedAlgorithms => Algorithms.Length > 0 ? Algorithms : ["RS256"];

    /// <summary>How far a token's lifetime may be off the server's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Development only: the shared key /dev/token signs with.</summary>
    public string? SigningKey { get; set; }

    public bool ScreensSignInConfigured => ScreenProviders().Count > 0;

    /// <summary>The providers the screens sign in at: those with a client of the screens (<c>Oidc:ClientId</c>).</summary>
    public IReadOnlyList<IssuerScheme> ScreenProviders() => [.. TrustedIssuers().Where(t => !string.IsNullOrEmpty(t.Issuer.Oidc.ClientId))];

    /// <summary>
    /// Every provider the API trusts, each with the name its settings go by and its own bearer scheme:
    /// <c>Auth</c> itself (where it names an authority) under the scheme the single provider always had.
    /// </summary>
    public IReadOnlyList<IssuerScheme> TrustedIssuers()
    {
        var trusted = new List<IssuerScheme>();
        if (!string.IsNullOrWhiteSpace(Authority))
        {
            trusted.Add(new(null, this));
        }
        trusted.AddRange(Issuers.Select(i => new IssuerScheme(i.Key, i.Value)));
        return trusted;
    }

    /// <summary>
    /// Refuses to start a host that would trust a development key, no identity provider at all, a
    /// shared-secret algorithm, provider metadata over plain HTTP from elsewhere than this machine, an
    /// ID token of the screens as an access token of the API, or one of several providers for whatever
    /// municipality its tokens name.
    /// </summary>
    public void AssertSafeFor(IHostEnvironment environment)
    {
        var trusted = TrustedIssuers();
        foreach (var (setting, issuer) in trusted.Select(t => (t.Setting, t.Issuer)).Append(("Auth", this)).Distinct())
        {
            if (!string.IsNullOrEmpty(issuer.Oidc.ClientId) && string.Equals(issuer.Oidc.ClientId, issuer.Audience, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"{setting}:Oidc:ClientId equals {setting}:Audience: an ID token of the screens would pass as an access token of the API; give them different names.");
            }
        }
        AssertIssuersApart(trusted);
        if (environment.IsDevelopment())
        {
            if (trusted.Count == 0 && SigningKey is not { Length: >= 32 })
            {
                throw new InvalidOperationException("In Development set Auth:Authority (or Auth:Issuers), or Auth:SigningKey of 32 characters or more.");
            }
            return;
        }
        if (trusted.Count == 0)
        {
            throw new InvalidOperationException(
                $"Outside Development the ledger needs an identity provider: set Auth:Authority or Auth:Issuers (environment {environment.EnvironmentName}).");
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
        foreach (var (setting, issuer) in trusted.Select(t => (t.Setting, t.Issuer)))
        {
            if (!issuer.RequireHttpsMetadata && !(Uri.TryCreate(issuer.Authority, UriKind.Absolute, out var authority) && authority.IsLoopback))
            {
                throw new InvalidOperationException($"{setting}:RequireHttpsMetadata may be false only for an identity provider on this machine (loopback).");
            }
        }
    }

    [GeneratedRegex("^Auth(:Issuers:[A-Za-z0-9-]+)?$")]
    private static partial Regex ValidName();

    /// <summary>Several providers are told apart by their tokens' <c>iss</c>, and none may act for another's municipalities.</summary>
    private static void AssertIssuersApart(IReadOnlyList<IssuerScheme> trusted)
    {
        if (trusted.Where(t => t.Issuer.IssuerName is not null).GroupBy(t => t.Issuer.IssuerName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"{string.Join(" and ", twice.Select(t => t.Setting))} name the same issuer {twice.Key}: trust each provider once.");
        }
        foreach (var (setting, issuer) in trusted.Select(t => (t.Setting, t.Issuer)))
        {
            if (!ValidName().IsMatch(setting))
            {
                throw new InvalidOperationException($"{setting}: name a provider with letters, digits and dashes only; the name is part of its sign-in address.");
            }
            if (string.IsNullOrWhiteSpace(issuer.Authority))
            {
                throw new InvalidOperationException($"{setting}:Authority is required: the provider's issuer, whose discovery document names its keys.");
            }
            if (!string.IsNullOrEmpty(issuer.Municipality) && issuer.Municipalities.Count > 0)
            {
                throw new InvalidOperationException($"{setting}: set Municipality or Municipalities, not both.");
            }
            if (trusted.Count > 1 && !issuer.Pinned)
            {
                throw new InvalidOperationException(
                    $"{setting} is one of several trusted providers: name the municipality its users act for ({setting}:Municipality, or {setting}:Municipalities from its tenant claim), or its tokens could act for any.");
            }
        }
    }
}

/// <summary>
/// A trusted provider by the name its settings go by (<c>Auth:Issuers:{name}</c>; none for <c>Auth</c>
/// itself), with the bearer scheme that checks its tokens and the addresses of the screens' sign-in there.
/// </summary>
public sealed record IssuerScheme(string? Name, TrustedIssuer Issuer)
{
    private string Suffix => Name is null ? "" : $"-{Name}";

    public string Setting => Name is null ? "Auth" : $"Auth:Issuers:{Name}";

    public string Scheme => Name is null ? JwtBearerDefaults.AuthenticationScheme : $"{JwtBearerDefaults.AuthenticationScheme}{Suffix}";

    public string ScreenScheme => $"{Authentication.OpenIdConnect}{Suffix}";

    public string CallbackPath => $"/signin-oidc{Suffix}";

    public string SignedOutCallbackPath => $"/signout-callback-oidc{Suffix}";

    public string RemoteSignOutPath => $"/signout-oidc{Suffix}";
}

public sealed class OidcSettings
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c>, where the provider releases roles and municipality.</summary>
    public string[] Scopes { get; set; } = [];
}
