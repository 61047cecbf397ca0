namespace Nijkerk.Vergoedingen.Common;

/// <summary>How a scheme limits its referrals: a count of slots per year, or euros per year.</summary>
public enum SchemeKind
{
    Quota,
    Budget,
}

/// <summary>A funding route for a referral, named by its slug in URLs, JSON and events.</summary>
public sealed record Scheme(string Slug, SchemeKind Kind)
{
    public static readonly Scheme HoudMeVast = new("houd-me-vast", SchemeKind.Quota);
    public static readonly Scheme BijzondereBijstand = new("bijzondere-bijstand", SchemeKind.Budget);

    public static IReadOnlyList<Scheme> All { get; } = [HoudMeVast, BijzondereBijstand];

    public static Scheme? FromSlug(string? slug) => All.FirstOrDefault(s => s.Slug == slug);

    public override string ToString() => Slug;
}
