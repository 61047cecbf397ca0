using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Only the region's municipalities exist, as the ledger holds them: a token for any other gets 403. The
/// region's own tenant is known to the region's roles only, and they are known nowhere else: a regional
/// role never acts for one municipality, a municipal role never for the region.
/// </summary>
public sealed class KnownTenantRequirement : AuthorizationHandler<KnownTenantRequirement>, IAuthorizationRequirement
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, KnownTenantRequirement requirement)
    {
        var tenant = context.User.FindFirst(TokenClaims.Tenant)?.Value;
        var regional = Roles.Region.Any(context.User.IsInRole);
        if (tenant == Municipalities.FoodValley.Tenant)
        {
            if (regional && !Roles.All.Concat([Roles.PrivacyOfficer]).Any(context.User.IsInRole))
            {
                context.Succeed(requirement);
            }
            return;
        }
        var directory = (context.Resource as HttpContext)?.RequestServices.GetRequiredService<Municipalities.MunicipalityDirectory>();
        if (!regional && directory is not null && await directory.FindAsync(tenant, CancellationToken.None) is not null)
        {
            context.Succeed(requirement);
        }
    }
}
