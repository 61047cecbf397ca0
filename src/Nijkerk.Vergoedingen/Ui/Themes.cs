using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// Each municipality's look as design tokens, configured under <c>Themes:{slug}</c> (token name → value, e.g.
/// <c>basis-color-accent-1-inverse-bg-default</c> → <c>#00689e</c>), over the NL Design System's neutral
/// theme: a municipality gets its own colours and fonts without a code change. The tokens are served as a
/// stylesheet of their own, since the Content-Security-Policy allows no inline style.
/// </summary>
public sealed partial class Themes(IOptionsMonitor<Dictionary<string, Dictionary<string, string>>> themes)
{
    public const string Section = "Themes";

    public bool Has(string? slug) => slug is not null && themes.CurrentValue.ContainsKey(slug);

    /// <summary>
    /// The municipality's tokens as custom properties of its body class. Only names of design tokens and values
    /// without CSS syntax of their own pass, so a setting cannot break out of its declaration.
    /// </summary>
    public string? StylesheetOf(string slug)
    {
        if (!themes.CurrentValue.TryGetValue(slug, out var tokens))
        {
            return null;
        }
        var css = new StringBuilder($".{BodyClass(slug)} {{\n");
        foreach (var (name, value) in tokens.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var token = name.TrimStart('-');
            if (TokenName().IsMatch(token) && TokenValue().IsMatch(value))
            {
                css.Append($"  --{token}: {value};\n");
            }
        }
        return css.Append("}\n").ToString();
    }

    public static string BodyClass(string slug) => $"gemeente-{slug}";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TokenName();

    [GeneratedRegex("^[A-Za-z0-9#%.,'\" ()-]{1,200}$")]
    private static partial Regex TokenValue();
}
