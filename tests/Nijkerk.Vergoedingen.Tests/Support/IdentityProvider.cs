using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Testing;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The OpenID provider ops/test starts on loopback (ops/oidc/provider.mjs, the npm package
/// oidc-provider). Tests register their own clients with it (dynamic client registration) and get
/// access tokens the way an application does: authorization code with PKCE, through its sign-in form.
/// </summary>
public static class IdentityProvider
{
    public const string Variable = "LEDGER_TEST_OIDC";

    /// <summary>Resource indicators the provider knows: the ledger's API, the same with a lifetime of one second, another service.</summary>
    public const string Api = "urn:nijkerk-vergoedingen:api";
    public const string ShortLivedApi = "urn:nijkerk-vergoedingen:short-lived";
    public const string AnotherService = "urn:another-service:api";

    public static string Issuer => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"No OpenID provider ({Variable}): run the tests with ops/test, which starts ops/oidc/provider.mjs.");

    public sealed record Client(string Id, string Secret, string RedirectUri);

    /// <summary>The settings a host outside Development needs to trust this provider.</summary>
    public static void Trust(IWebHostBuilder builder, Client? screens = null)
    {
        builder.UseSetting("Auth:Authority", Issuer);
        // The provider runs on plain HTTP on loopback; a real one is HTTPS, which the default demands.
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Auth:ClockSkew", "00:00:00");
        if (screens is not null)
        {
            builder.UseSetting("Auth:Oidc:ClientId", screens.Id);
            builder.UseSetting("Auth:Oidc:ClientSecret", screens.Secret);
            builder.UseSetting("Auth:Oidc:Scopes:0", "ledger");
        }
    }

    /// <summary>Registers a client that signs in at <paramref name="baseUrl"/> and signs out back to it.</summary>
    public static async Task<Client> RegisterAsync(string baseUrl)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{Issuer}/reg", new JsonObject
        {
            ["redirect_uris"] = new JsonArray($"{baseUrl}/signin-oidc"),
            ["post_logout_redirect_uris"] = new JsonArray($"{baseUrl}/signout-callback-oidc"),
            ["grant_types"] = new JsonArray("authorization_code"),
            ["response_types"] = new JsonArray("code"),
            ["token_endpoint_auth_method"] = "client_secret_post",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Registration refused: {body}");
        return new Client(body!["client_id"]!.GetValue<string>(), body["client_secret"]!.GetValue<string>(), $"{baseUrl}/signin-oidc");
    }

    /// <summary>An access token for a user of the provider's directory, for the given resource.</summary>
    public static Task<string> AccessTokenAsync(string user, string resource = Api) => OpenIdProvider.AccessTokenAsync(Issuer, user, resource);
}
