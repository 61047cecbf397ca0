using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Ui.Pages;

/// <summary>
/// Signs in for the screens: through OpenID Connect where it is configured; in Development by picking a
/// demo user, who gets a cookie with the same claims a token would carry.
/// </summary>
public sealed class SignInModel(IWebHostEnvironment environment, AuthSettings auth, MunicipalityDirectory municipalities)
    : PageModel
{
    public sealed record DemoUser(string User, string Role, string Description);

    public static readonly IReadOnlyList<DemoUser> DemoUsers =
    [
        new("anna", Roles.Consulent, "consulent sociaal team"),
        new("ahmed", Roles.Consulent, "consulent sociaal team"),
        new("bob", Roles.FinancialOfficer, "financieel medewerker"),
        new("fleur", Roles.FinancialOfficer, "financieel medewerker"),
        new("carla", Roles.Controller, "controller"),
        new("dirk", Roles.Admin, "functioneel beheerder"),
        new("ria", Roles.RegionalController, "regionale controller, Regio FoodValley"),
        new("rutger", Roles.RegionAdmin, "regionaal functioneel beheerder, Regio FoodValley"),
        new("pien", Roles.PrivacyOfficer, "privacy officer"),
        new("priya", Roles.PrivacyOfficer, "privacy officer"),
    ];

    public bool Demo => environment.IsDevelopment();

    public string? ReturnUrl { get; private set; }

    public IReadOnlyList<(string Slug, string Name)> Municipalities { get; private set; } = [];

    /// <summary>Just signed out, at the provider too: say so, rather than sign straight in again.</summary>
    public bool SignedOut { get; private set; }

    /// <summary>Where several providers sign in for the screens, one per municipality: which to go to.</summary>
    public IReadOnlyList<(string Via, string Name)> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool uitgelogd = false, string? via = null)
    {
        var known = await municipalities.AllAsync(HttpContext.RequestAborted);
        Municipalities = [.. known.Values.Select(m => (m.Slug, m.Terms.Name)).OrderBy(m => m.Name)];
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        SignedOut = uitgelogd;
        var providers = auth.ScreenProviders();
        if (Demo || SignedOut || providers.Count == 0)
        {
            return Page();
        }
        if ((providers.Count == 1 ? providers[0] : providers.FirstOrDefault(p => p.Name == via)) is { } provider)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl }, provider.ScreenScheme);
        }
        string NameOf(string slug) => known.TryGetValue(slug, out var m) ? m.Terms.Name : slug;
        Providers = [.. providers.Select(p => (p.Name ?? "", string.Join(", ", p.Issuer.Served().Select(NameOf))))
            .OrderBy(p => p.Item2, StringComparer.CurrentCulture)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? user, string? tenant, string? returnUrl)
    {
        var demo = DemoUsers.FirstOrDefault(u => u.User == user);
        // The region's roles act for the region, whichever municipality was picked.
        var actingFor = demo is not null && Roles.Region.Contains(demo.Role) ? FoodValley.Tenant : tenant;
        if (!Demo || demo is null || actingFor is null
            || (actingFor != FoodValley.Tenant && await municipalities.FindAsync(actingFor, HttpContext.RequestAborted) is null))
        {
            return BadRequest();
        }
        var identity = new ClaimsIdentity(
            [new(TokenClaims.User, demo.User), new(TokenClaims.Role, demo.Role), new(TokenClaims.Tenant, actingFor)],
            CookieAuthenticationDefaults.AuthenticationScheme, TokenClaims.User, TokenClaims.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
