using System.Security.Claims;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>The screens each role works in, in the order of its work: the main menu and the start page.</summary>
public static class Navigation
{
    public sealed record Link(string Role, string Href, string Text, string Description);

    public static readonly IReadOnlyList<Link> Links =
    [
        new(Roles.Consulent, "/aanvragen/nieuw", "Nieuwe aanvraag", "Een training aanvragen voor een huishouden."),
        new(Roles.Consulent, "/aanvragen", "Mijn aanvragen", "Wat u aanvroeg en hoe het ervoor staat."),
        new(Roles.FinancialOfficer, "/beoordelen", "Te beoordelen", "Aanvragen die op uw besluit wachten."),
        new(Roles.FinancialOfficer, "/declaraties", "Declaraties en betalingen", "Declaraties beoordelen en betalingen boeken."),
        new(Roles.FinancialOfficer, "/betalingen", "Losse betalingen", "Een betaling buiten een betaalbatch boeken op een goedgekeurde declaratie."),
        new(Roles.FinancialOfficer, "/bankafschriften", "Bankafschriften", "Afschriften van de bank inlezen."),
        new(Roles.FinancialOfficer, "/plafonds", "Plafonds en budgetten", "Het plafond en het budget per jaar."),
        new(Roles.FinancialOfficer, "/jaarafsluiting", "Jaarafsluiting", "Een voorbij jaar afsluiten en verzegelen."),
        new(Roles.Controller, "/controle", "Jaaroverzicht", "Gebruik van plafond en budget, het zegel en de audittrail."),
        new(Roles.Controller, "/jaarafsluiting", "Jaarafsluiting", "Welke jaren afgesloten en verzegeld zijn, en wat een jaar nog openhoudt."),
        new(Roles.Controller, "/controle/inzage", "Inzagelog", "Wie welke zaak inzag, en wanneer."),
        new(Roles.Admin, "/aanbieders", "Aanbieders", "Praktijken registreren die de gemeente rechtstreeks betaalt."),
        new(Roles.Admin, "/mandaten", "Mandaten", "Wie tot welk bedrag mag goedkeuren."),
        new(Roles.RegionalController, "/regio", "Regio FoodValley", "Totalen van de gemeenten in de regio."),
        new(Roles.RegionAdmin, "/gemeenten", "Gemeenten", "De gemeenten van de regio: hun regelingen, standaarden en rekening."),
        new(Roles.PrivacyOfficer, "/privacy", "Privacyverzoeken", "Inzage in en wissen van de gegevens van een zaak (AVG)."),
    ];

    public static IEnumerable<Link> For(ClaimsPrincipal user) => Links.Where(link => user.IsInRole(link.Role));
}
