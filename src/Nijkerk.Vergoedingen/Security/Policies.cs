using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>
/// Endpoint policies: a signed-in user of a known municipality holding one of the listed roles.
/// </summary>
public static class Policies
{
    public const string Consulent = Roles.Consulent;
    public const string FinancialOfficer = Roles.FinancialOfficer;
    public const string Admin = Roles.Admin;
    public const string Controller = Roles.Controller;
    public const string PrivacyOfficer = Roles.PrivacyOfficer;
    public const string Reports = "reports";
    public const string CaseWork = "case-work";
    public const string ReadReferrals = "read-referrals";
    public const string ReadPayments = "read-payments";
    public const string ReadMandates = "read-mandates";
    public const string AnyRole = "any-role";
    public const string RegionalController = Roles.RegionalController;
    public const string RegionAdmin = Roles.RegionAdmin;
    public const string Region = "region";

    /// <summary>Who may open the screens at all; each page then names its own roles.</summary>
    public const string Screens = "screens";

    public static AuthorizationBuilder AddLedgerPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Consulent, Require(Roles.Consulent))
        .AddPolicy(FinancialOfficer, Require(Roles.FinancialOfficer))
        .AddPolicy(Admin, Require(Roles.Admin))
        .AddPolicy(Controller, Require(Roles.Controller))
        .AddPolicy(PrivacyOfficer, Require(Roles.PrivacyOfficer))
        .AddPolicy(Reports, Require(Roles.Controller, Roles.FinancialOfficer))
        .AddPolicy(CaseWork, Require(Roles.Consulent, Roles.FinancialOfficer))
        .AddPolicy(ReadReferrals, Require(Roles.Consulent, Roles.FinancialOfficer, Roles.Controller))
        .AddPolicy(ReadPayments, Require(Roles.FinancialOfficer, Roles.Controller))
        .AddPolicy(ReadMandates, Require(Roles.Admin, Roles.FinancialOfficer, Roles.Controller))
        .AddPolicy(AnyRole, Require([.. Roles.All]))
        .AddPolicy(RegionalController, Require(Roles.RegionalController))
        .AddPolicy(RegionAdmin, Require(Roles.RegionAdmin))
        .AddPolicy(Region, Require([.. Roles.Region]))
        .AddPolicy(Screens, Require([.. Roles.Known]))
        // Every endpoint also carries the default (Wolverine's RequireAuthorizeOnAll): a known role of a
        // known municipality; its own policy then says which roles.
        .SetDefaultPolicy(Require([.. Roles.Known]));

    private static AuthorizationPolicy Require(params string[] roles) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(TokenClaims.User)
        .AddRequirements(new KnownTenantRequirement())
        .RequireRole(roles)
        .Build();
}
