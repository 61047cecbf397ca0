using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages;

public sealed class SignOutModel(AuthSettings auth) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Ends the cookie and, after OpenID Connect sign-in, the provider's session (its end-session endpoint).</summary>
    public IActionResult OnPost() =>
        SignOut(new AuthenticationProperties { RedirectUri = "/inloggen?uitgelogd=true" }, [.. Authentication.SignOutSchemes(auth)]);
}
