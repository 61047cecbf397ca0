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
        var page = Math.Max(1, pagina);
        Shows(AccessActions.YearTrail, $"{jaar}", null);
        var (events, total) = await ledger.PageAsync(Tenant, jaar, null, page, PageSize, HttpContext.RequestAborted);
        Entries = new EventPage([.. events.Select(AuditTrail.From)], page, PageSize, total);
    }

    public IActionResult OnGetCsv(int jaar)
    {
        var cancellation = HttpContext.RequestAborted;
        Shows(AccessActions.YearTrail, $"{jaar}", null);
        return new Answer(AuditTrail.Csv(ledger.StreamAsync(Tenant, jaar, null, null, cancellation), $"audittrail-{jaar}.csv", cancellation));
    }
}
