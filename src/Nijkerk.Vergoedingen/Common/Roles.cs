namespace Nijkerk.Vergoedingen.Common;

/// <summary>The role claim values of DESIGN.md.</summary>
public static class Roles
{
    public const string Consulent = "consulent";
    public const string FinancialOfficer = "financial-officer";
    public const string Controller = "controller";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Consulent, FinancialOfficer, Controller, Admin];
}
