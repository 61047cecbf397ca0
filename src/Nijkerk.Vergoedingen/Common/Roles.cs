namespace Nijkerk.Vergoedingen.Common;

/// <summary>The role claim values of DESIGN.md.</summary>
public static class Roles
{
    public const string Consulent = "consulent";
    public const string FinancialOfficer = "financial-officer";
    public const string Controller = "controller";
    public const string Admin = "admin";

    /// <summary>Handles AVG requests (subject access, erasure) and reads nothing else of the ledger.</summary>
    public const string PrivacyOfficer = "privacy-officer";

    /// <summary>Reads aggregates across the region's municipalities (tenant <c>foodvalley</c>), never a case.</summary>
    public const string RegionalController = "regional-controller";

    /// <summary>Adds the region's municipalities and sets their schemes, defaults and accounts.</summary>
    public const string RegionAdmin = "region-admin";

    /// <summary>The region's roles: they act for the region's own tenant, never for a municipality.</summary>
    public static IReadOnlyList<string> Region { get; } = [RegionalController, RegionAdmin];

    /// <summary>The roles that work with the ledger's data: any of them may read the allocation view.</summary>
    public static IReadOnlyList<string> All { get; } = [Consulent, FinancialOfficer, Controller, Admin];

    /// <summary>Every role a token may carry.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. All, PrivacyOfficer, .. Region];
}
