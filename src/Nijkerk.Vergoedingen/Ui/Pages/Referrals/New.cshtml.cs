using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Ui.Pages.Referrals;

[Authorize(Policy = Policies.Consulent)]
public sealed class NewModel : LedgerPage
{
    public sealed class Form
    {
        public string? CaseReference { get; set; }
        public string? Scheme { get; set; }
        public int? Year { get; set; }
        public string? Motivation { get; set; }
        public string? Cost { get; set; }
        public string? OwnContribution { get; set; }
    }

    [BindProperty]
    public Form Input { get; set; } = new();

    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public IReadOnlyList<int> Years => [CurrentYear, CurrentYear + 1];

    public string CurrentYearText => CurrentYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Share => DutchAmount.TryParse(Input.Cost, out var cost)
        ? Dutch.Euro(Math.Max(0m, cost - (DutchAmount.TryParse(Input.OwnContribution, out var own) ? own : 0m)))
        : "–";

    public void OnGet() => Input.Year = CurrentYear;

    public async Task<IActionResult> OnPostAsync()
    {
        var scheme = Common.Scheme.FromSlug(Input.Scheme);
        var money = scheme?.Kind == SchemeKind.Budget;
        decimal? cost = null, own = null;
        if (money)
        {
            cost = Euros(Errors, "cost", Input.Cost, "Vul de kosten in euro's in, bijvoorbeeld 1.450,00.");
            // An empty own contribution means the household pays nothing itself.
            own = string.IsNullOrWhiteSpace(Input.OwnContribution) ? 0m
                : Euros(Errors, "ownContribution", Input.OwnContribution, "Vul de eigen bijdrage in euro's in, bijvoorbeeld 200,00.");
        }
        var answer = Errors.Count > 0
            ? null
            : await SendAsync(RequestTraining.Create(Guid.CreateVersion7().ToString(), Input.CaseReference, scheme, Input.Year, Input.Motivation,
                cost, own, ActorAs(Roles.Consulent), Now), Errors);
        if (answer?.Value is not { } requested)
        {
            Problem = answer?.Refusal is { } refusal ? DutchMessages.For(refusal) : "Controleer de gemarkeerde velden.";
            return Page();
        }
        Notice = $"Aanvraag {requested.CaseReference} is ingediend.";
        return RedirectToPage("/Referrals/Mine");
    }
}
