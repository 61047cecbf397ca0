using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Fixture;

/// <summary>
/// ops/fixture runs this with the code of the commit the fixture is made with: it tells the story through
/// the API on an empty database (ConnectionStrings__Ledger, schema FIXTURE_SCHEMA), then writes the manifest
/// the upgrade test checks the database against: what every view answered, and the commands to try next.
/// </summary>
public static class Filler
{
    public static async Task Main(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Ledger")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Ledger to an empty database.");
        var schema = Environment.GetEnvironmentVariable("FIXTURE_SCHEMA") ?? "ledger";
        var manifestPath = args.Length == 1 ? args[0] : throw new ArgumentException("Usage: Nijkerk.Vergoedingen.Fixture <manifest.json>");

        await using var ledger = new Ledger(connection, schema, Story.Start);
        var story = new Story(ledger);
        await story.TellAsync();

        var reads = new JsonArray();
        foreach (var read in Reads.Of(story))
        {
            var client = await ledger.As(read.User, read.Role, read.Tenant);
            using var response = await client.GetAsync(read.Path);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {read.Path} as {read.User}: {(int)response.StatusCode} {text}");
            }
            var json = response.Content.Headers.ContentType?.MediaType == "application/json";
            reads.Add(new JsonObject
            {
                ["user"] = read.User,
                ["role"] = read.Role,
                ["tenant"] = read.Tenant,
                ["path"] = read.Path,
                ["json"] = json,
                ["body"] = json ? JsonNode.Parse(text) : text,
            });
        }

        var manifest = new JsonObject
        {
            ["commit"] = Environment.GetEnvironmentVariable("FIXTURE_COMMIT") ?? "",
            ["schema"] = schema,
            ["now"] = ledger.Now.ToString(),
            ["referrals"] = new JsonObject(story.Referrals.Select(r => KeyValuePair.Create(r.Key, (JsonNode?)new JsonObject
            {
                ["id"] = r.Value,
                ["tenant"] = story.Tenants[r.Key],
            }))),
            // What the current code must still do with this history: decide a waiting request (the year is full, so the
            // waitlist), withdraw a reservation (its slot goes to the first waiting), pay an approved claim.
            ["commands"] = new JsonObject
            {
                ["approve"] = new JsonObject { ["referral"] = story.Referrals["R-a"], ["status"] = "Waitlisted", ["waitlistPosition"] = 3 },
                ["withdraw"] = new JsonObject { ["referral"] = story.Referrals["R-b"], ["promoted"] = story.Referrals["R-d"] },
                ["pay"] = new JsonObject { ["referral"] = story.Referrals["B5"], ["claim"] = story.ApprovedClaim, ["amount"] = "300.00" },
            },
            ["reads"] = reads,
        };
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Console.WriteLine($"Told the story: {story.Referrals.Count} referrals, {reads.Count} reads recorded in {manifestPath}");
    }
}
