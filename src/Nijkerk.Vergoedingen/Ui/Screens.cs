using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// The screens: Razor Pages rendered on the server, in Dutch, calling the same command handlers as the
/// API. Every form carries an anti-forgery token; no script runs inline, so the Content-Security-Policy
/// allows none.
/// </summary>
public static class Screens
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddLedgerScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Ui/Pages";
            options.Conventions.AuthorizeFolder("/", Policies.AnyRole);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Denied");
        });
        return builder;
    }

    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
