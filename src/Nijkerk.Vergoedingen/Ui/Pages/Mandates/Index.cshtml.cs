using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Ui.Pages.Mandates;

/// <summary>The admin keeps the mandate register: every mandate ever set, and a new one beside them.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel : LedgerPage
{
    public IReadOnlyList<Mandate> Register { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string? officer, string? commitLimit, string? claimLimit, string? effectiveFrom, string? reason)
    {
        var commit = Euros(Errors, "commitLimit", commitLimit, "Vul het bedrag in euro's in, bijvoorbeeld 5.000,00, of laat het leeg.");
        var claim = Euros(Errors, "claimLimit", claimLimit, "Vul het bedrag in euro's in, bijvoorbeeld 2.500,00, of laat het leeg.");
        LocalDate? from = string.IsNullOrWhiteSpace(effectiveFrom) ? null
            : LocalDatePattern.Iso.Parse(effectiveFrom) is { Success: true } date ? date.Value : Refuse("effectiveFrom", "Vul de datum in als jjjj-mm-dd.");
        if (Errors.Count == 0)
        {
            var who = officer?.Trim() is "standaard" ? MandateRegister.Default : officer;
            var outcome = await SendAsync(SetMandate.Create(who ?? "", commit, claim, from, reason, ActorAs(Roles.Admin)), Errors);
            if (outcome.Value is not null)
            {
                Notice = who == MandateRegister.Default ? "Het standaardmandaat is vastgelegd." : $"Het mandaat van {who} is vastgelegd.";
                return RedirectToPage();
            }
        }
        await LoadAsync();
        return Page();
    }

    private LocalDate? Refuse(string field, string message)
    {
        Errors[field] = message;
        return null;
    }

    private async Task LoadAsync() =>
        Register = (await Query.LoadAsync<MandateRegister>(MandateRegister.StreamKey, HttpContext.RequestAborted))?.Mandates.Reverse().ToList() ?? [];
}
