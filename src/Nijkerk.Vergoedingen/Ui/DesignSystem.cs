namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// The NL Design System's stylesheets every screen and printable report links, in cascade order: the
/// components, the neutral theme's design tokens and its fonts, then what the application adds (the build puts
/// them under wwwroot/design-system; see the project file).
/// </summary>
public static class DesignSystem
{
    public const string ThemeClass = "voorbeeld-theme";

    public static readonly IReadOnlyList<string> Stylesheets =
    [
        "/design-system/utrecht.css",
        "/design-system/voorbeeld-theme.css",
        "/design-system/noto-sans/latin-400.css",
        "/design-system/noto-sans/latin-700.css",
        "/design-system/noto-serif/latin-400.css",
        "/design-system/noto-serif/latin-700.css",
        "/css/site.css",
    ];
}
