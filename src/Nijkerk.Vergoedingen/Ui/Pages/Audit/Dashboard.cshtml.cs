using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Reports;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Ui.Pages.Audit;

/// <summary>The controller's year: quota and budget, month by month, the referrals, and the seal.</summary>
[Authorize(Policy = Policies.Controller)]
public sealed class DashboardModel(MunicipalityDirectory municipalities, YearLedger ledger)
    : LedgerPage
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years => [.. Enumerable.Range(CurrentYear - 3, 5).Reverse()];

    public CouncilReportData Data { get; private set; } = null!;

    public Allocation Current { get; private set; } = null!;

    /// <summary>A page of the year's referrals; a year can hold thousands.</summary>
    public const int PageSize = 50;

    public ReferralPage Referrals { get; private set; } = new([], 1, PageSize, 0, false);

    public int PageNumber { get; private set; } = 1;

    public YearVerification? Verification { get; private set; }

    public sealed record Allocation(int Capacity, int InUse, int Used, int Waitlist, decimal Budget, decimal Committed, decimal Paid)
    {
        public int Free => Math.Max(0, Capacity - InUse);

        public decimal Available => Math.Max(0, Budget - Committed - Paid);
    }

    public async Task OnGetAsync(int? jaar, bool verify = false, int pagina = 1)
    {
        PageNumber = Math.Clamp(pagina, 1, Http.Validation.MaxPage);
        Year = jaar is { } y && y is >= 2000 and <= 9999 ? y : CurrentYear;
        var cancellation = HttpContext.RequestAborted;
        // The page shows the year month by month, not the outcomes: those are the council report's, and
        // counting them reads every referral of the year.
        var terms = await municipalities.TermsOfAsync(Tenant, cancellation);
        Data = await CouncilReportData.LoadAsync(Query, Year, terms.Name, terms.DefaultCapacity, Clock.GetCurrentInstant(), cancellation, YearOutcomes.NotCounted);
        var last = Data.Months.LastOrDefault();
        Current = new Allocation(Data.Capacity, last?.SlotsInUse ?? 0, last?.SlotsUsed ?? 0, last?.Waitlist ?? 0, Data.Budget,
            last?.Committed ?? 0, last?.Paid ?? 0);
        Referrals = await ReferralPage.ReadAsync(Query.Query<ReferralView>().Where(r => r.RequestYear == Year), PageNumber, PageSize, cancellation);
        if (verify)
        {
            Verification = await YearVerifier.VerifyAsync(Query, ledger, Tenant, Year, cancellation);
        }
    }
}
