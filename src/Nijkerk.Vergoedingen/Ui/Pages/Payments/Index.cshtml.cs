using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Payments;

/// <summary>Approved claims in no payment batch, oldest first: each can be paid by a single payment, booked by hand.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class IndexModel : LedgerPage
{
    public ClaimQueue ToPay { get; private set; } = new([]);

    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(int pagina = 1)
    {
        PageNumber = Math.Clamp(pagina, 1, Http.Validation.MaxPage);
        ToPay = await ClaimQueue.PageAsync(Query, ClaimStatus.Approved, true, PageNumber, ClaimQueue.DefaultPageSize,
            Amsterdam.DateOf(Now), HttpContext.RequestAborted);
    }
}
