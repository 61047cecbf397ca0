using Nijkerk.Vergoedingen.Tests.OpenApi;

namespace Nijkerk.Vergoedingen.Tests.PublicCode;

/// <summary>
/// Validates a publiccode.yml with ajv (ajv-cli and ajv-formats, which ops/test installs into .ops/publiccode,
/// <c>LEDGER_PUBLICCODE_MODULES</c>) against the project's schema of the publiccode.yml standard 0.4. The
/// repository's publiccode.yml and the schema are copied beside the test assembly.
/// </summary>
public static class PublicCodeSchema
{
    public static string Repository() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PublicCode", "publiccode.yml"));

    /// <summary>Writes the text as a publiccode.yml of its own folder and answers whether ajv accepted it, with ajv's errors as JSON.</summary>
    public static async Task<(bool Valid, string Output)> ValidateAsync(string name, string yaml)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "publiccode", name);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "publiccode.yml"), yaml);
        var (exitCode, output) = await OpenApiPackages.NodeAsync(folder, Path.Combine(Modules(), "ajv-cli", "dist", "index.js"),
        [
            "validate", "--spec=draft2020", "-c", "ajv-formats", "--all-errors", "--errors=json",
            "-s", Path.Combine(AppContext.BaseDirectory, "PublicCode", "publiccode.schema.json"), "-d", "publiccode.yml",
        ]);
        return (exitCode == 0, output);
    }

    private static string Modules()
    {
        var path = Environment.GetEnvironmentVariable("LEDGER_PUBLICCODE_MODULES");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); path is null && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".ops", "publiccode", "node_modules");
            path = Directory.Exists(candidate) ? candidate : null;
        }
        return path is not null && File.Exists(Path.Combine(path, "ajv-cli", "dist", "index.js"))
            ? path
            : throw new InvalidOperationException(
                "No ajv: run the tests with ops/test, which installs ajv-cli and ajv-formats from npm into .ops/publiccode.");
    }
}
