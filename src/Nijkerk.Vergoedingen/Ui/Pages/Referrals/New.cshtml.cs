using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Referrals;

[Authorize(Policy = Policies.Consulent)]
public sealed partial class NewModel : LedgerPage
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

    [GeneratedRegex(@"^\d{8,9}$")]
    private static partial Regex BsnShape();

    public void OnGet() => Input.Year = CurrentYear;

    public async Task<IActionResult> OnPostAsync()
    {
        var scheme = Common.Scheme.FromSlug(Input.Scheme);
        if (string.IsNullOrWhiteSpace(Input.CaseReference))
        {
            Errors["caseReference"] = "Vul het zaaknummer in.";
        }
        else if (BsnShape().IsMatch(Input.CaseReference.Trim()))
        {
            Errors["caseReference"] = "Dit lijkt een BSN. Vul het zaaknummer in, nooit een BSN.";
        }
        else if (!RequestTrainingEndpoint.IsCaseReference(Input.CaseReference.Trim()))
        {
            Errors["caseReference"] = "Dit is geen geldig zaaknummer; gebruik letters, cijfers en streepjes, zoals Z-2026-0001.";
        }
        if (scheme is null)
        {
            Errors["scheme"] = "Kies een regeling.";
        }
        if (string.IsNullOrWhiteSpace(Input.Motivation))
        {
            Errors["motivation"] = "Vul de motivatie in.";
        }
        decimal cost = 0, own = 0;
        if (scheme?.Kind == SchemeKind.Budget)
        {
            if (!DutchAmount.TryParse(Input.Cost, out cost) || cost <= 0)
            {
                Errors["cost"] = "Vul de kosten in euro's in, bijvoorbeeld 1.450,00.";
            }
            if (!DutchAmount.TryParse(string.IsNullOrWhiteSpace(Input.OwnContribution) ? "0" : Input.OwnContribution, out own))
            {
                Errors["ownContribution"] = "Vul de eigen bijdrage in euro's in, bijvoorbeeld 200,00.";
            }
            else if (own > cost && !Errors.ContainsKey("cost"))
            {
                Errors["ownContribution"] = "De eigen bijdrage kan niet hoger zijn dan de kosten.";
            }
        }
        if (Errors.Count > 0)
        {
            Problem = "Controleer de gemarkeerde velden.";
            return Page();
        }

        var money = scheme!.Kind == SchemeKind.Budget;
        var outcome = await SendAsync(new RequestTraining(
            Guid.CreateVersion7().ToString(), Input.CaseReference!.Trim(), scheme, Input.Year ?? CurrentYear, Input.Motivation!.Trim(),
            money ? cost : null, money ? own : null, ActorAs(Roles.Consulent)));
        if (!outcome.Succeeded)
        {
            foreach (var (field, _) in outcome.FieldErrors)
            {
                Errors[field] = field == "caseReference" ? "Dit is geen geldig zaaknummer, zoals Z-2026-0001." : DutchMessages.Field(field);
            }
            Problem = DutchMessages.For(outcome);
            return Page();
        }
        Notice = $"Aanvraag {outcome.Text("caseReference")} is ingediend.";
        return RedirectToPage("/Referrals/Mine");
    }
}
