using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>The rules' refusals in the words of the people at the desk.</summary>
public static class DutchMessages
{
    public static string For(Outcome outcome, string subject = "aanvraag") => outcome.Code switch
    {
        ProblemCodes.FourEyes => subject == "declaratie"
            ? "U heeft deze declaratie zelf vastgelegd; een andere financieel medewerker moet haar beoordelen."
            : "U heeft deze aanvraag zelf ingediend; een andere financieel medewerker moet haar beoordelen.",
        ProblemCodes.InvalidTransition => $"Deze stap past niet bij de huidige stand van de {subject}. Ververs de pagina om de actuele stand te zien.",
        ProblemCodes.YearClosed => "Dit jaar is afgesloten en verzegeld; leg een correctie vast in een open jaar.",
        ProblemCodes.CapacityBelowUse => "Het plafond kan niet lager worden dan het aantal plekken dat al in gebruik is.",
        ProblemCodes.BudgetBelowUse => "Het budget kan niet lager worden dan wat al verplicht en betaald is.",
        ProblemCodes.OverCommitment => "Dan worden de goedgekeurde declaraties hoger dan het toegekende bedrag.",
        ProblemCodes.Overpayment => "Dit is meer dan het goedgekeurde bedrag dat nog niet betaald is.",
        ProblemCodes.DuplicateInvoice => "Deze factuur van deze begunstigde is al eerder gedeclareerd.",
        ProblemCodes.NotFound => $"Deze {subject} bestaat niet (meer).",
        ProblemCodes.Forbidden => "U heeft geen toegang tot deze handeling.",
        ProblemCodes.Validation => "Controleer de gemarkeerde velden.",
        _ => "Dit lukte niet. Probeer het opnieuw of neem contact op met de functioneel beheerder.",
    };

    public static string BudgetExhausted(int year, decimal available) =>
        $"Het budget voor {year} is niet toereikend: nog {Dutch.Euro(available)} beschikbaar.";

    /// <summary>What a rule said about one field, for the message next to it.</summary>
    public static string Field(string field) => field switch
    {
        "startDate" => "De training kan niet beginnen vóór de datum van de aanvraag.",
        "completedOn" => "De datum van afronding ligt vóór de start of in de toekomst.",
        "paidOn" => "Een betaling kan niet in de toekomst liggen.",
        "payee" => "Kies een geregistreerde aanbieder of het huishouden.",
        "year" => "Dit jaar kan niet (meer) gekozen worden.",
        _ => "Controleer deze waarde.",
    };
}
