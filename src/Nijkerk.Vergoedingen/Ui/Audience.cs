using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// Who may use a screen, said on the screen itself, with what a refusal there means. A page names its roles in
/// <c>ViewData["Rollen"]</c> and, where its refusals need more words than the common ones, <c>ViewData["Weigering"]</c>.
/// </summary>
public static class Audience
{
    public const string RolesKey = "Rollen";
    public const string RefusalKey = "Weigering";

    /// <summary>What every refusal means: the rules decide, and a refused step leaves nothing behind.</summary>
    public const string Refusal =
        "Weigert het systeem een stap, dan staat de reden bij het formulier en is er niets vastgelegd of gewijzigd; u kunt het opnieuw proberen zodra de reden is weggenomen.";

    public static string Names(IEnumerable<string> roles) => Dutch.List(roles.Select(Plural));

    public static string Plural(string role) => role switch
    {
        Roles.Consulent => "consulenten van het sociaal team",
        Roles.FinancialOfficer => "financieel medewerkers",
        Roles.Controller => "controllers",
        Roles.Admin => "functioneel beheerders",
        Roles.PrivacyOfficer => "privacy officers",
        Roles.RegionalController => "regionale controllers",
        Roles.RegionAdmin => "regionaal functioneel beheerders",
        _ => role,
    };
}
