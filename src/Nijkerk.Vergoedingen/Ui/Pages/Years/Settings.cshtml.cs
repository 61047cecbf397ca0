using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
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
            answer => $"Het plafond voor {year} is {answer.As<QuotaEntry>().Capacity} trainingen.");

    public Task<IActionResult> OnPostBudgetAsync(int? year, string? amount, string? reason)
    {
        var key = $"budget-{year}";
        var euros = Euros(Errors, key, amount, "Vul het budget in euro's in, bijvoorbeeld 25.000,00.");
        return Errors.Count > 0
            ? ShowAsync(key)
            : ChangeAsync(key, SetBudget.Create(Scheme.BijzondereBijstand, year, euros, reason, ActorAs(Roles.FinancialOfficer), Now),
                _ => $"Het budget voor {year} is {Dutch.Euro(euros!.Value)}.");
    }

    private async Task<IActionResult> ChangeAsync<T>(string key, Checked<T> command, Func<Answer, string> done) where T : class, Hosting.ICommand
    {
        var answer = command.Command is { } valid ? await SendAsync(valid) : command.Refusal!;
        if (answer.Refusal is not { } refusal)
        {
            Notice = done(answer);
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
