using System.Text.RegularExpressions;

namespace Nijkerk.Vergoedingen.Tests.PublicCode;

/// <summary>
/// The repository's publiccode.yml follows the publiccode.yml standard 0.4, and the schema that says so refuses
/// what the standard refuses: each broken copy fails on the rule it breaks.
/// </summary>
public partial class PublicCodeTests
{
    [Fact]
    public async Task The_repository_publiccode_yml_follows_the_standard()
    {
        var (valid, output) = await PublicCodeSchema.ValidateAsync("repository", PublicCodeSchema.Repository());

        Assert.True(valid, output);
    }

    [Theory]
    [InlineData("no-short-description", "\"keyword\": \"required\"", "\"missingProperty\": \"shortDescription\"")]
    [InlineData("unknown-development-status", "\"keyword\": \"enum\"", "\"instancePath\": \"/developmentStatus\"")]
    [InlineData("short-long-description", "\"keyword\": \"minLength\"", "\"instancePath\": \"/description/nl/longDescription\"")]
    [InlineData("internal-maintenance-without-contacts", "\"keyword\": \"required\"", "\"missingProperty\": \"contacts\"")]
    [InlineData("release-date-not-iso", "\"keyword\": \"format\"", "\"instancePath\": \"/releaseDate\"")]
    [InlineData("unknown-top-level-key", "\"keyword\": \"additionalProperties\"", "\"additionalProperty\": \"licence\"")]
    public async Task A_broken_copy_fails_on_the_rule_it_breaks(string breakage, string keyword, string where)
    {
        var original = PublicCodeSchema.Repository();
        var broken = Break(breakage, original);
        Assert.NotEqual(original, broken);

        var (valid, output) = await PublicCodeSchema.ValidateAsync(breakage, broken);

        Assert.False(valid, $"ajv accepted a publiccode.yml with {breakage}:\n{output}");
        Assert.Contains(keyword, output, StringComparison.Ordinal);
        Assert.Contains(where, output, StringComparison.Ordinal);
    }

    private static string Break(string breakage, string yaml) => breakage switch
    {
        "no-short-description" => ShortDescription().Replace(yaml, ""),
        "unknown-development-status" => yaml.Replace("developmentStatus: stable", "developmentStatus: production", StringComparison.Ordinal),
        "short-long-description" => LongDescription().Replace(yaml, "    longDescription: Te kort.\n"),
        "internal-maintenance-without-contacts" => Contacts().Replace(yaml, ""),
        "release-date-not-iso" => ReleaseDate().Replace(yaml, "releaseDate: \"05-12-2026\""),
        "unknown-top-level-key" => yaml + "\nlicence: EUPL-1.2\n",
        _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null),
    };

    /// <summary>The key with its folded lines, in every language.</summary>
    [GeneratedRegex(@"^    shortDescription:.*\n(?:      .*\n)*", RegexOptions.Multiline)]
    private static partial Regex ShortDescription();

    /// <summary>The key with its folded lines and the blank lines between its paragraphs, in every language.</summary>
    [GeneratedRegex(@"^    longDescription:.*\n(?:(?:      .*)?\n)*", RegexOptions.Multiline)]
    private static partial Regex LongDescription();

    [GeneratedRegex(@"^  contacts:\n(?:    .*\n)*", RegexOptions.Multiline)]
    private static partial Regex Contacts();

    [GeneratedRegex(@"^releaseDate: ""[0-9-]+""", RegexOptions.Multiline)]
    private static partial Regex ReleaseDate();
}
