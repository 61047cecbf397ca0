using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Municipalities;

/// <summary>Changes how one municipality works: the same fields and the same command as <c>PUT /api/municipalities/{slug}</c>.</summary>
[Authorize(Policy = Policies.RegionAdmin)]
public sealed class EditModel(MunicipalityDirectory directory) : LedgerPage
{
    [BindProperty]
    public MunicipalityForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";

    /// <summary>The municipality's name as it stands, for the heading while its new name is typed.</summary>
    public string Current { get; private set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await directory.FindAsync(slug, HttpContext.RequestAborted) is not { } municipality)
        {
            return NotFound();
        }
        (Slug, Current, Input) = (municipality.Slug, municipality.Terms.Name, MunicipalityForm.From(municipality));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (await directory.FindAsync(slug, HttpContext.RequestAborted) is not { } municipality)
        {
            return NotFound();
        }
        (Slug, Current) = (municipality.Slug, municipality.Terms.Name);
        if (Input.Command(slug, adding: false, User, Errors) is { } command)
        {
            var outcome = await SendAsync(command);
            if (outcome.Value is { } changed)
            {
                Notice = $"{changed.Name} is gewijzigd.";
                return Redirect("/gemeenten");
            }
            Problem = DutchMessages.For(outcome.Refusal!, DutchMessages.Municipality);
        }
        return Page();
    }
}
