using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Years;

/// <summary>Quotas and budgets per year, each change recorded with its reason.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class SettingsModel(IOptions<QuotaSettings> quotas) : LedgerPage
{
    public sealed record YearRow(int Year, QuotaYear? Quota, BudgetYear? Budget);

    public IReadOnlyList<YearRow> Rows { get; private set; } = [];

    public int DefaultCapacity => quotas.Value.DefaultCapacity;

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostQuotaAsync(int year, int? capacity, string? reason)
    {
        var key = $"quota-{year}";
        if (capacity is not (>= 0 and <= SetQuotaEndpoint.MaxCapacity)) { Errors[key] = $"Vul een aantal plekken van 0 tot {SetQuotaEndpoint.MaxCapacity} in."; }
        else if (string.IsNullOrWhiteSpace(reason)) { Errors[key] = "Vul de reden van de wijziging in."; }
        else
        {
            var outcome = await SendAsync(new SetQuota(Scheme.HoudMeVast.Slug, year, capacity.Value, reason.Trim(), ActorAs(Roles.FinancialOfficer)));
            if (outcome.Succeeded)
            {
                Notice = $"Het plafond voor {year} is {capacity} trainingen.";
                return RedirectToPage();
            }
            Errors[key] = DutchMessages.For(outcome);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostBudgetAsync(int year, string? amount, string? reason)
    {
        var key = $"budget-{year}";
        if (!DutchAmount.TryParse(amount, out var euros)) { Errors[key] = "Vul het budget in euro's in, bijvoorbeeld 25.000,00."; }
        else if (string.IsNullOrWhiteSpace(reason)) { Errors[key] = "Vul de reden van de wijziging in, zoals het raadsbesluit."; }
        else
        {
            var outcome = await SendAsync(new SetBudget(Scheme.BijzondereBijstand.Slug, year, euros, reason.Trim(), ActorAs(Roles.FinancialOfficer)));
            if (outcome.Succeeded)
            {
                Notice = $"Het budget voor {year} is {Dutch.Euro(euros)}.";
                return RedirectToPage();
            }
            Errors[key] = DutchMessages.For(outcome);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var years = new[] { CurrentYear, CurrentYear + 1 };
        var rows = new List<YearRow>();
        foreach (var year in years)
        {
            rows.Add(new YearRow(year,
                await Query.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast.Slug, year)),
                await Query.LoadAsync<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand.Slug, year))));
        }
        Rows = rows;
    }
}
