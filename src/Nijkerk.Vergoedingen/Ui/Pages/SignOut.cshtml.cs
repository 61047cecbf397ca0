using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages;

public sealed class SignOutModel(AuthSettings auth) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Ends the cookie and, after OpenID Connect sign-in, the provider's session (its end-session endpoint).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var session = await HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return SignOut(new AuthenticationProperties { RedirectUri = "/inloggen?uitgelogd=true" }, [.. ScreenSignIn.SignOutSchemes(auth, session.Properties)]);
    }
}
