using System.Globalization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>The rules' refusals in the words of the people at the desk.</summary>
public static class DutchMessages
{
    /// <summary>What a refusal is about, where its words differ from a referral's.</summary>
    public const string Erasure = "wisverzoek";
    public const string Case = "zaak";
    public const string Municipality = "gemeente";
    public const string CaseLink = "zaakkoppeling";

    public static string For(Refusal refusal, string subject = "aanvraag") => (refusal.Code, subject) switch
    {
        (ProblemCodes.FourEyes, Erasure) => "U heeft dit verzoek tot wissen zelf gedaan; een andere privacy officer moet het bevestigen.",
        (ProblemCodes.InvalidTransition, Erasure) =>
            "Dit verzoek kan nu niet worden bevestigd: het is al uitgevoerd of vervallen, of er moet nog een declaratie aan het huishouden worden betaald. Ververs de pagina om de actuele stand te zien.",
        (ProblemCodes.NotFound, Erasure) => "Dit verzoek tot wissen bestaat niet (meer) voor deze zaak.",
        (ProblemCodes.NotFound, Case) => "Het grootboek kent geen aanvraag met dit zaaknummer.",
        (ProblemCodes.InvalidTransition, Municipality) => "De regio heeft al een gemeente met deze korte naam; wijzig die gemeente in plaats van haar opnieuw toe te voegen.",
        (ProblemCodes.InvalidTransition, CaseLink) =>
            "De zaak wordt niet opnieuw gezocht: de aanvraag is al aan haar zaak gekoppeld, of deze gemeente heeft geen zaaksysteem.",
        (ProblemCodes.FourEyes, _) => subject == "declaratie"
            ? "U heeft deze declaratie zelf vastgelegd; een andere financieel medewerker moet haar beoordelen."
            : "U heeft deze aanvraag zelf ingediend; een andere financieel medewerker moet haar beoordelen.",
        (ProblemCodes.InvalidTransition, _) => $"Deze stap past niet bij de huidige stand van de {subject}. Ververs de pagina om de actuele stand te zien.",
        (ProblemCodes.YearClosed, _) => "Dit jaar is afgesloten en verzegeld; leg een correctie vast in een open jaar.",
        (ProblemCodes.CapacityBelowUse, _) => "Het plafond kan niet lager worden dan het aantal plekken dat al in gebruik is.",
        (ProblemCodes.BudgetBelowUse, _) => "Het budget kan niet lager worden dan wat al verplicht en betaald is.",
        (ProblemCodes.OverCommitment, "betaling") => "Dit is meer dan nog verplicht staat voor deze aanvraag.",
        (ProblemCodes.OverCommitment, _) => "Dan worden de goedgekeurde declaraties hoger dan het toegekende bedrag.",
        (ProblemCodes.Overpayment, _) => "Dit is meer dan het goedgekeurde bedrag dat nog niet betaald is.",
        (ProblemCodes.DuplicateInvoice, _) => "Deze factuur van deze begunstigde is al eerder gedeclareerd.",
        (ProblemCodes.NotFound, _) => $"Deze {subject} bestaat niet (meer).",
        (ProblemCodes.MandateExceeded, _) => "Dit bedrag is hoger dan uw mandaat (budgethouderschap) toestaat; laat een collega met een toereikend mandaat beoordelen, of vraag de functioneel beheerder het mandaat aan te passen.",
        (ProblemCodes.SchemeNotOffered, _) => "Deze gemeente biedt deze regeling niet aan; kies een andere regeling.",
        (ProblemCodes.IdempotencyConflict, "betaling") =>
            "Deze bankreferentie is al geboekt voor een andere betaling; neem de referentie van deze betaling over van het bankafschrift.",
        (ProblemCodes.IdempotencyConflict, _) => "Dit is eerder vastgelegd met andere gegevens.",
        (ProblemCodes.BudgetExhausted, _) => "Het budget is niet toereikend.",
        (ProblemCodes.Forbidden, _) => "U heeft geen toegang tot deze handeling.",
        (ProblemCodes.Validation, _) => "Controleer de gemarkeerde velden.",
        (ProblemCodes.Conflict, _) => "Iemand anders legde op hetzelfde moment iets vast; er is niets gewijzigd. Ververs de pagina en probeer het opnieuw.",
        (ProblemCodes.RateLimited, _) => "Er komen nu te veel verzoeken tegelijk binnen. Wacht even en probeer het opnieuw.",
        (ProblemCodes.Unavailable, _) => "Het systeem is even niet bereikbaar; er is niets vastgelegd. Probeer het over enkele minuten opnieuw.",
        (ProblemCodes.Unauthorized, _) => "U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.",
        _ => "Dit lukte niet. Probeer het opnieuw of neem contact op met de functioneel beheerder.",
    };

    /// <summary>
    /// Why a year cannot be closed, from the year-close decision's refusal; <paramref name="notOver"/> is that
    /// decision's own first test (<c>YearClosing.NotOver</c>), which tells its two other kinds of no apart.
    /// </summary>
    public static string YearClose(Refusal refusal, int year, bool notOver) => refusal.Code switch
    {
        ProblemCodes.InvalidTransition when notOver => $"{year} is nog niet voorbij; het jaar kan worden afgesloten vanaf 1 januari {year + 1}.",
        ProblemCodes.InvalidTransition when refusal.Referrals.Count == 1 => $"Er wacht nog 1 aanvraag van {year} op een besluit; keur haar eerst goed of af.",
        ProblemCodes.InvalidTransition when refusal.Referrals.Count > 1 => $"Er wachten nog {refusal.Referrals.Count} aanvragen van {year} op een besluit; keur ze eerst goed of af.",
        ProblemCodes.InvalidTransition => $"Een betaalbatch met betalingen van {year} is nog niet geboekt; boek die eerst bij Declaraties en betalingen.",
        ProblemCodes.CapacityBelowUse => $"De open reserveringen van {year} gaan mee naar {year + 1}, maar het plafond van {year + 1} heeft daar geen ruimte voor; verhoog eerst het plafond van {year + 1}.",
        ProblemCodes.BudgetExhausted => $"De open verplichtingen van {year} gaan mee naar {year + 1}, maar het budget van {year + 1} is daarvoor niet toereikend; verhoog eerst het budget van {year + 1}.",
        _ => For(refusal),
    };

    public static string BudgetExhausted(int year, decimal available) =>
        $"Het budget voor {year} is niet toereikend: nog {Dutch.Euro(available)} beschikbaar.";

    /// <summary>What a rule said about one field, for the message next to it: the same rule as the API's, in Dutch.</summary>
    public static string Field(FieldError error)
    {
        var (field, limit) = (error.Field, error.Limit);
        var label = Label(field);
        return error.Rule switch
        {
            Rules.Required when field == "scheme" => "Kies een regeling.",
            Rules.Required when field == "payee" => "Kies aan wie betaald wordt.",
            Rules.Required when field == "schemes" => "Kies ten minste één regeling die de gemeente aanbiedt.",
            Rules.Required => $"Vul {label} in.",
            Rules.TooLong => $"{Capital(label)} mag hoogstens {limit} tekens lang zijn.",
            Rules.NotPositive => $"{Capital(label)} moet meer dan € 0,00 zijn.",
            Rules.Negative => $"{Capital(label)} kan niet negatief zijn.",
            Rules.TooLarge => $"{Capital(label)} mag niet hoger zijn dan {Euro(limit)}.",
            Rules.Bsn when field == "caseReference" => "Dit lijkt een BSN. Vul het zaaknummer in, nooit een BSN.",
            Rules.Bsn => "Dit lijkt een BSN. Een BSN hoort nooit in deze administratie; noem het huishouden bij zijn zaaknummer.",
            Rules.Shape when field == "caseReference" => "Dit is geen geldig zaaknummer; gebruik letters, cijfers en streepjes, zoals Z-2026-0001.",
            Rules.Shape when field is "iban" => "Vul een geldig IBAN in, zoals NL91 ABNA 0417 1643 00.",
            Rules.Shape when field is "bic" => "Vul een geldige BIC in, zoals ABNANL2A.",
            Rules.Shape when field is "payee" => "Kies een geregistreerde aanbieder of het huishouden.",
            Rules.Shape when field == "slug" => "Gebruik 2 tot 40 kleine letters en streepjes, met een letter vooraan, zoals nijkerk; foodvalley is de regio zelf.",
            Rules.Shape when field.StartsWith("schemes", StringComparison.Ordinal) => "Kies een regeling uit de lijst.",
            Rules.Shape when field == "reservationExpiry" => "Vul de termijn in als een aantal dagen, zoals 56.",
            Rules.Shape => $"Vul {label} in euro's in, met hoogstens twee decimalen.",
            Rules.YearTooEarly => $"Kies {limit} of later.",
            Rules.YearTooLate => $"Kies hoogstens {limit}.",
            Rules.NotForScheme when field is "cost" or "ownContribution" => "Niet van toepassing bij Stichting Houd Me Vast: de stichting betaalt de training.",
            Rules.NotForScheme when field is "iban" => "Het IBAN van een aanbieder is al geregistreerd; laat dit veld leeg.",
            Rules.NotForScheme => "Deze regeling past niet bij deze wijziging.",
            Rules.AboveCost => "De eigen bijdrage kan niet hoger zijn dan de kosten.",
            Rules.OutOfRange when field == "reservationExpiry" => "Vul een termijn in van 1 tot en met 365 dagen.",
            Rules.OutOfRange => $"Vul {label} in, van 0 tot en met {limit}.",
            Rules.BeforeRequest => "De training kan niet beginnen vóór de datum van de aanvraag.",
            Rules.BeforeStart => "De training kan niet eindigen vóór de startdatum.",
            Rules.InFuture when field == "paidOn" => "Een betaling kan niet in de toekomst liggen.",
            Rules.InFuture => "Deze datum ligt in de toekomst.",
            Rules.Unknown when field == "payee" => "Deze aanbieder is niet geregistreerd.",
            _ => "Controleer deze waarde.",
        };
    }

    /// <summary>A refusal in one line: each field's rule in Dutch, or, when it names no field, what happened.</summary>
    public static string Fields(Refusal refusal) => refusal.Errors.Count > 0
        ? string.Join(" ", refusal.Errors.DistinctBy(e => e.Field).Select(Field))
        : For(refusal);

    /// <summary>Every field a refusal names, each with its Dutch message, under the screen's own prefix.</summary>
    public static void Into(Refusal refusal, IDictionary<string, string> errors, string prefix = "")
    {
        foreach (var error in refusal.Errors.DistinctBy(e => e.Field))
        {
            errors[prefix + error.Field] = Field(error);
        }
    }

    private static string Label(string field) => field switch
    {
        "caseReference" => "het zaaknummer",
        "motivation" => "de motivatie",
        "cost" => "de kosten",
        "ownContribution" => "de eigen bijdrage",
        "reason" => "de reden",
        "provider" => "de aanbieder",
        "startDate" => "de startdatum",
        "completedOn" => "de datum van afronding",
        "invoiceNumber" => "het factuurnummer",
        "amount" => "het bedrag",
        "iban" => "het IBAN",
        "bic" => "de BIC",
        "name" => "de naam",
        "paidOn" => "de betaaldatum",
        "reference" => "de betalingsreferentie",
        "capacity" => "het aantal plekken",
        "year" => "het jaar",
        "officer" => "de gebruikersnaam",
        "effectiveFrom" => "de datum vanaf wanneer het geldt",
        "commitLimit" or "claimLimit" => "het bedrag",
        "slug" => "de korte naam",
        "defaultCapacity" => "het standaardplafond",
        "reservationExpiry" => "de reserveringstermijn",
        _ => "dit veld",
    };

    private static string Capital(string text) => char.ToUpper(text[0], Dutch.Culture) + text[1..];

    private static string Euro(string? limit) =>
        decimal.TryParse(limit, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) ? Dutch.Euro(euros) : limit ?? "";
}
