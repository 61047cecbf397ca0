using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>A municipality using this deployment, configured under <c>Tenants:{slug}</c>.</summary>
public sealed class TenantSettings
{
    public string Name { get; set; } = "";

    /// <summary>The municipality's own account, the debtor of every payment batch.</summary>
    public string? Iban { get; set; }

    public string? Bic { get; set; }
}

/// <summary>Only municipalities in the configuration exist: a token for any other gets 403.</summary>
public sealed class KnownTenantRequirement : AuthorizationHandler<KnownTenantRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, KnownTenantRequirement requirement)
    {
        var tenants = (context.Resource as HttpContext)?.RequestServices
            .GetRequiredService<IOptionsMonitor<Dictionary<string, TenantSettings>>>().CurrentValue;
        var tenant = context.User.FindFirst(TokenClaims.Tenant)?.Value;
        if (tenant is not null && tenants?.ContainsKey(tenant) == true)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
