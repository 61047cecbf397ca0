using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// The screens: Razor Pages rendered on the server, in Dutch, calling the same command handlers as the
/// API. Every form carries an anti-forgery token; no script runs inline, so the Content-Security-Policy
/// allows none.
/// </summary>
public static class Screens
{
    /// <summary>
    /// No inline script, nothing framed. Forms post to the app only, and — since signing out posts a form
    /// the app answers with a redirect to the provider's end-session endpoint — to the identity provider.
    /// </summary>
    public static string ContentSecurityPolicy(AuthSettings auth) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        $"base-uri 'self'; form-action 'self'{ProviderOrigin(auth)}; frame-ancestors 'none'";

    private static string ProviderOrigin(AuthSettings auth) => string.Concat(auth.ScreenProviders()
        .Select(p => Uri.TryCreate(p.Issuer.Authority, UriKind.Absolute, out var authority) ? authority.GetLeftPart(UriPartial.Authority) : null)
        .OfType<string>().Distinct().Select(origin => $" {origin}"));

    public static WebApplicationBuilder AddScreens(this WebApplicationBuilder builder)
    {
        // The printable reports and the export page are Razor components rendered on the server.
        builder.Services.AddRazorComponents();
        builder.Services.Configure<Dictionary<string, Dictionary<string, string>>>(builder.Configuration.GetSection(Themes.Section));
        builder.Services.AddSingleton<Themes>();
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Ui/Pages";
            options.Conventions.AuthorizeFolder("/", Policies.Screens);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Denied");
        });
        return builder;
    }

    /// <summary>The pages, and each configured municipality's theme: design tokens, nothing personal, so anyone may read them.</summary>
    public static void MapScreens(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/design-system/gemeente/{slug}.css", (string slug, Themes themes) =>
                themes.StylesheetOf(slug) is { } css ? Results.Text(css, "text/css; charset=utf-8") : Results.NotFound())
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Services.GetRequiredService<AuthSettings>());
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(http);
        });
    }
}
