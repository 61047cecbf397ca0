using System.Security.Claims;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>The token claims API.md names: the user, the roles and the municipality.</summary>
public static class TokenClaims
{
    public const string User = "sub";
    public const string Role = "role";
    public const string Tenant = "tenant";

    /// <summary>
    /// The actor for a command that <paramref name="allowed"/> roles may perform; the endpoint's policy
    /// has already checked that the user holds one of them.
    /// </summary>
    public static Actor ActorFor(this ClaimsPrincipal user, params string[] allowed)
    {
        var role = allowed.FirstOrDefault(user.IsInRole)
            ?? throw new InvalidOperationException("The endpoint's policy should have refused this user.");
        return new Actor(user.FindFirst(User)!.Value, role, user.FindFirst(Tenant)!.Value);
    }
}
