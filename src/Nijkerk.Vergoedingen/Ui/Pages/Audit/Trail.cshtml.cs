using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Ui.Pages.Audit;

/// <summary>A year's audit trail, a page at a time, or whole as CSV.</summary>
[Authorize(Policy = Policies.Controller)]
public sealed class TrailModel(YearLedger ledger) : LedgerPage
{
    public const int PageSize = 100;

    public int Year { get; private set; }

    public EventPage Entries { get; private set; } = null!;

    public int Pages => (int)Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(int jaar, int pagina = 1)
    {
        Year = jaar;
        var all = (await ledger.EventsAsync(Tenant, jaar, null, null, HttpContext.RequestAborted)).Select(AuditTrail.From).ToList();
        Entries = AuditTrail.Page(all, Math.Max(1, pagina), PageSize);
    }

    public async Task<IActionResult> OnGetCsvAsync(int jaar)
    {
        var all = (await ledger.EventsAsync(Tenant, jaar, null, null, HttpContext.RequestAborted)).Select(AuditTrail.From);
        return File(AuditTrail.CsvBytes(all), "text/csv; charset=utf-8", $"audittrail-{jaar}.csv");
    }
}
