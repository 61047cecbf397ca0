using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Municipalities;

/// <summary>"Gemeenten": the region admin's list of the region's municipalities, and a new one beside them.</summary>
[Authorize(Policy = Policies.RegionAdmin)]
public sealed class IndexModel(MunicipalityDirectory directory) : LedgerPage
{
    [BindProperty]
    public MunicipalityForm Input { get; set; } = new() { Schemes = [.. Scheme.All.Select(s => s.Slug)] };

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var slug = Input.Slug?.Trim();
        if (Input.Command(slug, adding: true, User, Errors) is { } command)
        {
            var outcome = await SendAsync(command);
            if (outcome.Value is { } added)
            {
                Notice = $"{added.Name} is toegevoegd aan de regio.";
                return RedirectToPage();
            }
            Problem = DutchMessages.For(outcome.Refusal!, DutchMessages.Municipality);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Municipalities = [.. (await directory.AllAsync(HttpContext.RequestAborted)).Values.OrderBy(m => m.Terms.Name, StringComparer.Create(Dutch.Culture, true))];
}
