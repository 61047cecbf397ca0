using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Ui.Pages.Audit;

/// <summary>
/// "Inzagelog": who read which case, when — the log <c>GET /api/access-log</c> reads, with its filters (user, case,
/// period) and its pages, read by the same query. A period is given in whole days of the municipality's calendar.
/// </summary>
[Authorize(Policy = Policies.Controller)]
public sealed class AccessLogModel : LedgerPage
{
    public const int PageSize = 25;

    public string? UserFilter { get; private set; }

    public string? CaseFilter { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public AccessPage Log { get; private set; } = new([], 1, PageSize, 0);

    public Dictionary<string, string> Errors { get; } = [];

    public bool Filtered => UserFilter is not null || CaseFilter is not null || From is not null || To is not null || Errors.Count > 0;

    public int Pages => (int)Math.Max(1, (Log.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? gebruiker, string? zaak, string? van, string? tot, int? pagina)
    {
        (UserFilter, CaseFilter) = (Blank(gebruiker), Blank(zaak));
        PageNumber = pagina is >= 1 and <= Http.Validation.MaxPage ? pagina.Value : 1;
        var first = Day(Blank(van), "van");
        var last = Day(Blank(tot), "tot");
        // A date field shows only a date it can hold; what could not be read is said beside it.
        (From, To) = (first.HasValue ? Iso(first.Value) : null, last.HasValue ? Iso(last.Value) : null);
        var since = first is { } f ? Amsterdam.StartOf(f) : (Instant?)null;
        var until = last is { } l ? Amsterdam.StartOf(l.PlusDays(1)) : (Instant?)null;
        if (Errors.Count == 0)
        {
            Log = await AccessLogQuery.ReadAsync(Query, CaseFilter, UserFilter, since, until, PageNumber, PageSize, HttpContext.RequestAborted);
        }
    }

    /// <summary>This page's address with the same filters, at another page.</summary>
    public string At(int page) => Url.Page("/Audit/AccessLog", new { gebruiker = UserFilter, zaak = CaseFilter, van = From, tot = To, pagina = page })!;

    public static string Action(string action) => action switch
    {
        AccessActions.Referral => "Aanvraag bekeken",
        AccessActions.ReferralTrail => "Verloop van een aanvraag bekeken",
        AccessActions.YearTrail => "Audittrail van een jaar bekeken",
        AccessActions.CaseExport => "Inzageoverzicht (AVG) opgesteld",
        AccessActions.PaymentFile => "SEPA-bestand van een betaalbatch gedownload",
        AccessActions.Erasure => "Verzoek tot wissen bekeken",
        _ => action,
    };

    public static string Role(string roles) => Dutch.List(roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => role switch
    {
        Roles.Consulent => "consulent",
        Roles.FinancialOfficer => "financieel medewerker",
        Roles.Controller => "controller",
        Roles.Admin => "functioneel beheerder",
        Roles.PrivacyOfficer => "privacy officer",
        Roles.RegionalController => "regionale controller",
        Roles.RegionAdmin => "regionaal functioneel beheerder",
        _ => role,
    }));

    private LocalDate? Day(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }
        Errors[field] = "Vul een datum in, zoals 02-03-2026.";
        return null;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
