using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Sign-in for the screens at each provider that names a client of the screens (authorization code +
/// PKCE), each at its own callback address. The session remembers where it signed in: the re-check asks
/// that provider, with its claim mapping, and signing out ends the session there.
/// </summary>
public static class ScreenSignIn
{
    /// <summary>The item of a screen session that names the OpenID Connect scheme it signed in with.</summary>
    public const string Provider = "ledger.provider";

    public static AuthenticationBuilder AddScreenSignIn(this AuthenticationBuilder authentication, AuthSettings auth)
    {
        // OpenID Connect looks at every request for its callback, so it exists only where configured.
        foreach (var provider in auth.ScreenProviders())
        {
            var issuer = provider.Issuer;
            authentication.AddOpenIdConnect(provider.ScreenScheme, options =>
            {
                options.Authority = issuer.Authority;
                options.RequireHttpsMetadata = issuer.RequireHttpsMetadata;
                options.ClientId = issuer.Oidc.ClientId;
                options.ClientSecret = issuer.Oidc.ClientSecret;
                options.CallbackPath = provider.CallbackPath;
                options.SignedOutCallbackPath = provider.SignedOutCallbackPath;
                options.RemoteSignOutPath = provider.RemoteSignOutPath;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.Scope.Clear();
                options.Scope.Add("openid");
                foreach (var scope in issuer.Oidc.Scopes)
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
                // TrustedIssuer.Issuer names the issuer of access tokens; ID tokens carry the discovery document's.
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
                        context.Principal = issuer.LedgerPrincipal(context.Principal!, CookieAuthenticationDefaults.AuthenticationScheme);
                        context.Properties!.Items[Provider] = provider.ScreenScheme;
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
        return authentication;
    }

    /// <summary>
    /// The provider a screen session signed in at; a session from before sessions said so signed in at
    /// the only provider there was, <c>Auth</c>'s.
    /// </summary>
    public static IssuerScheme? ProviderOf(AuthSettings auth, AuthenticationProperties? session)
    {
        var scheme = session?.Items.TryGetValue(Provider, out var named) == true ? named : Authentication.OpenIdConnect;
        return auth.ScreenProviders().FirstOrDefault(p => p.ScreenScheme == scheme);
    }

    /// <summary>Signs out of the screens, and where sign-in went through a provider, out of its session too.</summary>
    public static IEnumerable<string> SignOutSchemes(AuthSettings auth, AuthenticationProperties? session) => ProviderOf(auth, session) is { } provider
        ? [CookieAuthenticationDefaults.AuthenticationScheme, provider.ScreenScheme]
        : [CookieAuthenticationDefaults.AuthenticationScheme];
}
