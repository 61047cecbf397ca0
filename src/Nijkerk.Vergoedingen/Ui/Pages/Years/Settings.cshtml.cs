using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Ui.Pages.Years;

/// <summary>Quotas and budgets per year, each change recorded with its reason.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class SettingsModel(MunicipalityDirectory municipalities) : LedgerPage
{
    public sealed record YearRow(int Year, QuotaYear? Quota, BudgetYear? Budget);

    public IReadOnlyList<YearRow> Rows { get; private set; } = [];

    public int DefaultCapacity { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>A refusal about a year this page does not show, such as a year long past.</summary>
    public string? Problem { get; private set; }

    public Task<IActionResult> OnPostQuotaAsync(int? year, int? capacity, string? reason) =>
        ChangeAsync($"quota-{year}", SetQuota.Create(Scheme.HoudMeVast, year, capacity, reason, ActorAs(Roles.FinancialOfficer), Now),
            quota => $"Het plafond voor {year} is {quota.Capacity} trainingen.");

    public Task<IActionResult> OnPostBudgetAsync(int? year, string? amount, string? reason)
    {
        var key = $"budget-{year}";
        var euros = Euros(Errors, key, amount, "Vul het budget in euro's in, bijvoorbeeld 25.000,00.");
        return Errors.Count > 0
            ? ShowAsync(key)
            : ChangeAsync(key, SetBudget.Create(Scheme.BijzondereBijstand, year, euros, reason, ActorAs(Roles.FinancialOfficer), Now),
                _ => $"Het budget voor {year} is {Dutch.Euro(euros!.Value)}.");
    }

    private async Task<IActionResult> ChangeAsync<T>(string key, IChecked<ICommand<T>> command, Func<T, string> done) where T : class
    {
        var outcome = await SendAsync(command, new Dictionary<string, string>());
        if (outcome.Refusal is not { } refusal)
        {
            Notice = done(outcome.Value!);
            return RedirectToPage();
        }
        Errors[key] = DutchMessages.Fields(refusal);
        return await ShowAsync(key);
    }

    private async Task<IActionResult> ShowAsync(string key)
    {
        await LoadAsync();
        if (!Rows.Any(r => key.EndsWith($"-{r.Year}", StringComparison.Ordinal)))
        {
            Problem = Errors[key];
        }
        return Page();
    }

    private async Task LoadAsync()
    {
        DefaultCapacity = (await municipalities.TermsOfAsync(Tenant, HttpContext.RequestAborted)).DefaultCapacity;
        var years = new[] { CurrentYear, CurrentYear + 1 };
        var rows = new List<YearRow>();
        foreach (var year in years)
        {
            rows.Add(new YearRow(year,
                await Query.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year)),
                await Query.LoadAsync<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year))));
        }
        Rows = rows;
    }
}
