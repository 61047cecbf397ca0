using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// A case reference (zaaknummer) in its one canonical form: trimmed, in capitals, as the case systems print it, so
/// <c>z-2026-0001</c> and <c>Z-2026-0001</c> are one case. A request stores it so; the export, the erasure and the
/// access log compare canonical forms, because references stored before held whatever capitals were typed, and the
/// events that hold them are never rewritten.
/// </summary>
public static partial class CaseReferences
{
    public const int MaxLength = 40;

    /// <summary>Letters, digits, dots, slashes, underscores and dashes, a letter or digit first: what case systems use.</summary>
    [GeneratedRegex("^[A-Z0-9][A-Z0-9./_-]{2,39}$")]
    private static partial Regex Shape();

    public static string Canonical(string reference) => reference.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string canonical) => Shape().IsMatch(canonical);

    public static bool Same(string a, string b) => Canonical(a) == Canonical(b);

    /// <summary>
    /// A reference as a path segment names it (<c>/api/cases/{caseReference}/…</c>): its <c>/</c> written <c>%2F</c>, which
    /// the server leaves encoded in the segment. No reference holds a <c>%</c>, so nothing else can be meant.
    /// </summary>
    public static string FromRoute(string segment) => Canonical(segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase));
}
