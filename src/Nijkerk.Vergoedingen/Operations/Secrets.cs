using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Operations;

/// <summary>
/// What operations output must never show: the value of any setting whose name says password, secret,
/// key or token, the password inside a connection string, and the password in a URL. Output that lists
/// settings masks them by name; free text (what other parts print) is scrubbed of the values themselves.
/// </summary>
public static partial class Secrets
{
    public const string Mask = "***";

    // Shorter values are words like "Warning" under a setting that merely mentions a key; every real secret
    // here (a signing key, a client secret, a password) is longer, and is masked by its name regardless.
    private const int MinimumScrubbed = 8;

    // The shell's working directories: "pwd" there is no password.
    private static readonly HashSet<string> WorkingDirectory = new(["PWD", "OLDPWD"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("password|passwd|pwd|secret|key|token|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?<name>\b(?:password|pwd)\s*=\s*)(?<secret>""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?<name>\b[a-z][a-z0-9+.-]*://[^/:@\s]*:)(?<secret>[^@/\s]+)(?=@)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();

    /// <summary>Whether a setting, by the last part of its name (<c>Auth:SigningKey</c>), holds a secret.</summary>
    public static bool IsSecretName(string key)
    {
        var name = key[(key.LastIndexOf(':') + 1)..];
        return SecretName().IsMatch(name) && !WorkingDirectory.Contains(name);
    }

    /// <summary>A setting's value as it may be shown.</summary>
    public static string Redact(string key, string value)
    {
        if (value.Length == 0)
        {
            return value;
        }
        if (IsSecretName(key))
        {
            return Mask;
        }
        var masked = ConnectionStringPassword().Replace(value, m => m.Groups["secret"].Length == 0 ? m.Value : m.Groups["name"].Value + Mask);
        return UrlPassword().Replace(masked, m => m.Groups["name"].Value + Mask);
    }

    /// <summary>The secret values among these settings, to scrub from free text.</summary>
    public static IReadOnlyList<string> In(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in settings)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            if (IsSecretName(key))
            {
                secrets.Add(value);
            }
            foreach (Match m in ConnectionStringPassword().Matches(value))
            {
                secrets.Add(m.Groups["secret"].Value.Trim('"', '\''));
            }
            foreach (Match m in UrlPassword().Matches(value))
            {
                secrets.Add(m.Groups["secret"].Value);
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        return [.. secrets.Where(s => s.Length >= MinimumScrubbed).OrderByDescending(s => s.Length)];
    }

    /// <summary>Free text with every one of <paramref name="secrets"/> masked.</summary>
    public static string Scrub(string text, IReadOnlyList<string> secrets) =>
        secrets.Aggregate(text, (t, secret) => t.Replace(secret, Mask, StringComparison.Ordinal));
}
