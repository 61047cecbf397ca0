using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Ui.Pages.Review;

/// <summary>"Te beoordelen": requested referrals, oldest first, with what their year has left beside each.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class IndexModel(MunicipalityDirectory municipalities) : LedgerPage
{
    public sealed record Row(ReferralView Referral, string Remaining);

    /// <summary>A page of the queue: a financial officer decides a few at a time, however long it is.</summary>
    public const int PageSize = 50;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public ReferralPage Waiting { get; private set; } = new([], 1, PageSize, 0, false);

    /// <summary>The message for the referral the last decision was about, shown in its row.</summary>
    public (string ReferralId, string Text)? RowProblem { get; private set; }

    public string? ReasonError { get; private set; }

    public async Task OnGetAsync(int pagina = 1)
    {
        PageNumber = Math.Clamp(pagina, 1, Http.Validation.MaxPage);
        await LoadAsync();
    }

    public Task<IActionResult> OnPostApproveAsync(string id, string? reason, int pagina = 1) =>
        DecideAsync(id, pagina, ApproveReferral.Create(id, reason, ActorAs(Roles.FinancialOfficer)));

    public Task<IActionResult> OnPostRejectAsync(string id, string? reason, int pagina = 1) =>
        DecideAsync(id, pagina, RejectReferral.Create(id, reason, ActorAs(Roles.FinancialOfficer)));

    /// <summary>Decides, and shows the page the decision was taken on again: its message, or its refusal beside its row.</summary>
    private async Task<IActionResult> DecideAsync(string id, int pagina, IChecked<ICommand<ReferralDetails>> command)
    {
        PageNumber = Math.Clamp(pagina, 1, Http.Validation.MaxPage);
        var errors = new Dictionary<string, string>();
        var outcome = await SendAsync(command, errors);
        if (outcome.Refusal is not { } refusal)
        {
            var referral = outcome.Value!;
            Notice = referral.Status switch
            {
                ReferralStatus.Reserved => $"Aanvraag {referral.CaseReference} is goedgekeurd: er is een plek gereserveerd.",
                ReferralStatus.Waitlisted => $"Aanvraag {referral.CaseReference} is goedgekeurd en staat op de wachtlijst, positie {referral.WaitlistPosition}.",
                ReferralStatus.Committed => $"Aanvraag {referral.CaseReference} is goedgekeurd: {Dutch.Euro(referral.Committed ?? 0m)} is verplicht.",
                _ => $"Aanvraag {referral.CaseReference} is afgewezen.",
            };
            return RedirectToPage(new { pagina = PageNumber > 1 ? PageNumber : (int?)null });
        }
        var text = errors.GetValueOrDefault("reason") is { } reasonError ? $"{reasonError} Elk besluit wordt met reden vastgelegd." : DutchMessages.For(refusal);
        if (errors.ContainsKey("reason"))
        {
            ReasonError = id;
        }
        if (refusal.Code == ProblemCodes.BudgetExhausted && await Query.LoadAsync<ReferralView>(id) is { } known)
        {
            var year = await Query.LoadAsync<BudgetYear>(BudgetYear.StreamKey(known.Scheme, known.Year));
            text = DutchMessages.BudgetExhausted(known.Year, year?.Available ?? 0m);
        }
        RowProblem = (id, text);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var capacity = (await municipalities.TermsOfAsync(Tenant, HttpContext.RequestAborted)).DefaultCapacity;
        Waiting = await ReferralPage.ReadAsync(
            Query.Query<ReferralView>().Where(r => r.Status == ReferralStatus.Requested), PageNumber, PageSize, HttpContext.RequestAborted);
        var requested = Waiting.Items;
        var quotaKeys = requested.Where(r => r.Scheme.Kind == SchemeKind.Quota).Select(r => QuotaYear.StreamKey(r.Scheme, r.Year)).Distinct().ToArray();
        var budgetKeys = requested.Where(r => r.Scheme.Kind == SchemeKind.Budget).Select(r => BudgetYear.StreamKey(r.Scheme, r.Year)).Distinct().ToArray();
        // Both schemes' years in one round trip; a scheme with no row on the page is not looked up.
        var batch = Query.CreateBatchQuery();
        var quotaLoad = quotaKeys.Length == 0 ? null : batch.LoadMany<QuotaYear>().ById(quotaKeys);
        var budgetLoad = budgetKeys.Length == 0 ? null : batch.LoadMany<BudgetYear>().ById(budgetKeys);
        if (quotaLoad is not null || budgetLoad is not null)
        {
            await batch.Execute(HttpContext.RequestAborted);
        }
        var quotaYears = quotaLoad is null ? [] : (await quotaLoad).ToDictionary(q => q.Id);
        var budgetYears = budgetLoad is null ? [] : (await budgetLoad).ToDictionary(b => b.Id);
        Rows = [.. requested.Select(r => new Row(r, r.Scheme.Kind == SchemeKind.Quota
            ? quotaYears.GetValueOrDefault(QuotaYear.StreamKey(r.Scheme, r.Year)) is { } q
                ? $"{q.Available} van {q.Capacity} plekken vrij{(q.Waiting > 0 ? $", {q.Waiting} op de wachtlijst" : "")}"
                : $"{capacity} van {capacity} plekken vrij"
            : $"{Dutch.Euro(budgetYears.GetValueOrDefault(BudgetYear.StreamKey(r.Scheme, r.Year))?.Available ?? 0m)} beschikbaar"))];
    }
}
