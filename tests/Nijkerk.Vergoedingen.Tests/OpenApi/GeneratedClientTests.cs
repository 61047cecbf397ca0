using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Tests.OpenApi;

/// <summary>
/// A TypeScript client generated from the served document (openapi-typescript, openapi-fetch) and a
/// walk written against its types, compiled strictly and run with Node against the app on a real socket.
/// </summary>
public class GeneratedClientTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task A_generated_client_walks_a_referral_through_the_api()
    {
        var modules = OpenApiPackages.Modules();
        var folder = OpenApiPackages.Folder("client");
        await using var host = App.Host("Development");
        var baseUrl = Loopback.Serve(host);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        (await http.GetAsync("/health/ready")).EnsureSuccessStatusCode();

        await File.WriteAllTextAsync(Path.Combine(folder, "openapi.json"), await http.GetStringAsync("/api/v1/openapi.json"));
        foreach (var file in new[] { "walk.mts", "tsconfig.json" })
        {
            File.Copy(OpenApiPackages.Shipped(Path.Combine("client", file)), Path.Combine(folder, file));
        }
        Directory.CreateSymbolicLink(Path.Combine(folder, "node_modules"), modules);

        await Succeeds(folder, Path.Combine(modules, "openapi-typescript", "bin", "cli.js"), ["openapi.json", "--output", "schema.d.ts"]);
        await Succeeds(folder, Path.Combine(modules, "typescript", "bin", "tsc"), ["--project", "tsconfig.json"]);
        var today = App.Clock.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
        var walk = await Succeeds(folder, "walk.mjs", [], new Dictionary<string, string>
        {
            ["LEDGER_BASE_URL"] = baseUrl,
            ["LEDGER_YEAR"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LEDGER_TODAY"] = LocalDatePattern.Iso.Format(today),
        });

        Assert.Contains("approved: Reserved", walk);
        Assert.Contains("completed: Completed", walk);
        var summary = JsonNode.Parse(walk.Trim().Split('\n')[^1])!;
        var bob = await App.SignIn("bob", "financial-officer");
        var referral = await bob.GetJson($"/api/v1/referrals/{summary.Str("id")}");
        Assert.Equal("Completed", referral.Str("status"));
        Assert.Equal("bob", referral.Str("approvedBy"));
    }

    private static async Task<string> Succeeds(string folder, string script, string[] arguments, Dictionary<string, string>? environment = null)
    {
        var (exitCode, output) = await OpenApiPackages.NodeAsync(folder, script, arguments, environment);
        Assert.True(exitCode == 0, $"node {Path.GetFileName(script)} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }
}
