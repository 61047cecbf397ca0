using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>How a scheme limits its referrals: a count of slots per year, or euros per year.</summary>
public enum SchemeKind
{
    Quota,
    Budget,
}

/// <summary>
/// A funding route for a referral. Stored, sent and shown as its slug (<c>"houd-me-vast"</c>), so events
/// read the same as before it was a type; an unknown slug does not read as a scheme at all.
/// </summary>
[JsonConverter(typeof(SchemeJsonConverter))]
public sealed record Scheme(string Slug, SchemeKind Kind)
{
    public static readonly Scheme HoudMeVast = new("houd-me-vast", SchemeKind.Quota);
    public static readonly Scheme BijzondereBijstand = new("bijzondere-bijstand", SchemeKind.Budget);

    public static IReadOnlyList<Scheme> All { get; } = [HoudMeVast, BijzondereBijstand];

    public static Scheme? FromSlug(string? slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The stream of this scheme's year: its quota year or its budget year.</summary>
    public YearStream YearStream(int year) => new(this, year);

    public override string ToString() => Slug;
}

/// <summary>
/// The key of one scheme's year stream in a municipality, made from the scheme and the year only:
/// <c>quota-year/houd-me-vast/2026</c> for a count quota, <c>budget-year/bijzondere-bijstand/2026</c> for money.
/// </summary>
public readonly record struct YearStream(Scheme Scheme, int Year)
{
    public string Key => $"{(Scheme.Kind == SchemeKind.Quota ? QuotaPrefix : BudgetPrefix)}{Scheme.Slug}/{Year}";

    private const string QuotaPrefix = "quota-year/";
    private const string BudgetPrefix = "budget-year/";

    /// <summary>The kind of year a stream's key names; nothing for a stream that is not a year's (a referral's).</summary>
    public static SchemeKind? KindOf(string streamKey) =>
        streamKey.StartsWith(QuotaPrefix, StringComparison.Ordinal) ? SchemeKind.Quota
        : streamKey.StartsWith(BudgetPrefix, StringComparison.Ordinal) ? SchemeKind.Budget
        : null;

    public override string ToString() => Key;
}

public sealed class SchemeJsonConverter : JsonConverter<Scheme>
{
    public override Scheme Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Scheme.FromSlug(reader.GetString()) ?? throw new JsonException($"\"{reader.GetString()}\" is not a scheme.");

    public override void Write(Utf8JsonWriter writer, Scheme value, JsonSerializerOptions options) => writer.WriteStringValue(value.Slug);
}
