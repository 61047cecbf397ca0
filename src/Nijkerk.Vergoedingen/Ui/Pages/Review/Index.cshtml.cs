using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Review;

/// <summary>"Te beoordelen": requested referrals, oldest first, with what their year has left beside each.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class IndexModel(IOptions<QuotaSettings> quotas) : LedgerPage
{
    public sealed record Row(Referral Referral, string Remaining);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The message for the referral the last decision was about, shown in its row.</summary>
    public (string ReferralId, string Text)? RowProblem { get; private set; }

    public string? ReasonError { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostApproveAsync(string id, string? reason) =>
        DecideAsync(id, reason, r => new ApproveReferral(id, r, ActorAs(Roles.FinancialOfficer)));

    public Task<IActionResult> OnPostRejectAsync(string id, string? reason) =>
        DecideAsync(id, reason, r => new RejectReferral(id, r, ActorAs(Roles.FinancialOfficer)));

    private async Task<IActionResult> DecideAsync(string id, string? reason, Func<string, Hosting.ICommand> command)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            ReasonError = id;
            RowProblem = (id, "Vul een reden in: elk besluit wordt met reden vastgelegd.");
            await LoadAsync();
            return Page();
        }
        var outcome = await SendAsync(command(reason.Trim()));
        if (outcome.Succeeded)
        {
            Notice = outcome.Text("status") switch
            {
                "Reserved" => $"Aanvraag {outcome.Text("caseReference")} is goedgekeurd: er is een plek gereserveerd.",
                "Waitlisted" => $"Aanvraag {outcome.Text("caseReference")} is goedgekeurd en staat op de wachtlijst, positie {outcome.Number("waitlistPosition")}.",
                "Committed" => $"Aanvraag {outcome.Text("caseReference")} is goedgekeurd: {Dutch.Euro(decimal.Parse(outcome.Text("committed")!, System.Globalization.CultureInfo.InvariantCulture))} is verplicht.",
                _ => $"Aanvraag {outcome.Text("caseReference")} is afgewezen.",
            };
            return RedirectToPage();
        }
        var text = DutchMessages.For(outcome);
        if (outcome.Code == ProblemCodes.BudgetExhausted && await Query.LoadAsync<Referral>(id) is { } referral)
        {
            var year = await Query.LoadAsync<BudgetYear>(BudgetYear.StreamKey(referral.Scheme, referral.Year));
            text = DutchMessages.BudgetExhausted(referral.Year, year?.Available ?? 0m);
        }
        RowProblem = (id, text);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var requested = await Query.Query<Referral>().Where(r => r.Status == ReferralStatus.Requested)
            .OrderBy(r => r.RequestedAtUnixMs).Take(200).ToListAsync(HttpContext.RequestAborted);
        var quotaKeys = requested.Where(r => r.SchemeOf().Kind == SchemeKind.Quota).Select(r => QuotaYear.StreamKey(r.Scheme, r.Year)).Distinct().ToArray();
        var budgetKeys = requested.Where(r => r.SchemeOf().Kind == SchemeKind.Budget).Select(r => BudgetYear.StreamKey(r.Scheme, r.Year)).Distinct().ToArray();
        var quotaYears = quotaKeys.Length == 0 ? [] : (await Query.LoadManyAsync<QuotaYear>(quotaKeys)).ToDictionary(q => q.Id);
        var budgetYears = budgetKeys.Length == 0 ? [] : (await Query.LoadManyAsync<BudgetYear>(budgetKeys)).ToDictionary(b => b.Id);
        Rows = [.. requested.Select(r => new Row(r, r.SchemeOf().Kind == SchemeKind.Quota
            ? quotaYears.GetValueOrDefault(QuotaYear.StreamKey(r.Scheme, r.Year)) is { } q
                ? $"{q.Available} van {q.Capacity} plekken vrij{(q.Waitlist.Count > 0 ? $", {q.Waitlist.Count} op de wachtlijst" : "")}"
                : $"{quotas.Value.DefaultCapacity} van {quotas.Value.DefaultCapacity} plekken vrij"
            : $"{Dutch.Euro(budgetYears.GetValueOrDefault(BudgetYear.StreamKey(r.Scheme, r.Year))?.Available ?? 0m)} beschikbaar"))];
    }
}
