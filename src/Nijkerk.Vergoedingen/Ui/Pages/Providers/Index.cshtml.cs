using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Providers;

/// <summary>The admin registers the practices the municipality pays directly, and sees those registered.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel : LedgerPage
{
    public IReadOnlyList<Provider> Registered { get; private set; } = [];

    /// <summary>What the rules said, by field.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>A refusal that names no field.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string? name, string? iban, string? bic)
    {
        var outcome = await SendAsync(
            RegisterProvider.Create(Guid.CreateVersion7().ToString(), name, iban, bic, ActorAs(Roles.Admin)), Errors);
        if (outcome.Value is { } provider)
        {
            Notice = $"{provider.Name} is geregistreerd als aanbieder.";
            return RedirectToPage();
        }
        Problem = outcome.Refusal is { Errors.Count: 0 } refusal ? DutchMessages.For(refusal, "aanbieder") : null;
        await LoadAsync();
        return Page();
    }

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    private async Task LoadAsync() =>
        Registered = [.. await Query.Query<Provider>().OrderBy(p => p.Name).ToListAsync(HttpContext.RequestAborted)];
}
