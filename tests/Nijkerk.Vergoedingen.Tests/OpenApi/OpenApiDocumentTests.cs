using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Tests.Support;
using Xunit.Abstractions;

namespace Nijkerk.Vergoedingen.Tests.OpenApi;

/// <summary>The served <c>/api/v1/openapi.json</c> describes every /api operation as it answers, and passes Redocly's recommended rules.</summary>
public class OpenApiDocumentTests(LedgerApp app, ITestOutputHelper output) : LedgerTest(app)
{
    /// <summary>API.md: these answer 201 with a Location.</summary>
    private static readonly string[] Creates = ["requestTraining", "registerProvider", "recordClaim", "bookPayment", "createPaymentBatch", "addMunicipality"];

    private static readonly string[] Commands = ["post", "put"];

    private const string Document = "/api/v1/openapi.json";

    [Fact]
    public async Task Every_operation_has_an_id_typed_bodies_and_its_problems()
    {
        var document = await App.Anonymous().GetJson(Document);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        Assert.False(schemas.ContainsKey("IResult"), "No operation may be described as answering an IResult.");
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.Str("operationId")).Distinct().Count());

        foreach (var (method, path, operation) in operations)
        {
            var name = $"{method.ToUpperInvariant()} {path} ({operation["operationId"]})";
            Assert.False(string.IsNullOrWhiteSpace(operation["operationId"]?.GetValue<string>()), $"{name}: operationId");
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{name}: summary");
            Assert.Equal("bearer", Assert.Single(operation["security"]!.AsArray())!.AsObject().Single().Key);
            var responses = operation["responses"]!.AsObject();

            var succeeded = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(succeeded.Count > 0, $"{name}: no success response");
            foreach (var (_, response) in succeeded)
            {
                var (mediaType, schema) = response!["content"]!.AsObject().Single();
                Assert.True(mediaType == "application/json" ? Typed(schema!["schema"], schemas) : schema!["schema"]!.Str("type") == "string",
                    $"{name}: {mediaType} answer is not typed: {schema}");
            }
            if (operation["requestBody"] is { } body)
            {
                // A JSON body by its schema; a file (a bank statement's XML) as a string of its media type.
                foreach (var (mediaType, content) in body["content"]!.AsObject())
                {
                    Assert.True(mediaType == "application/json" ? Typed(content!["schema"], schemas) : content!["schema"]!.Str("type") == "string",
                        $"{name}: untyped request body ({mediaType})");
                }
            }
            var created = Creates.Contains(operation.Str("operationId").Replace("Unversioned", "", StringComparison.Ordinal));
            Assert.Equal(created, responses.ContainsKey("201"));
            if (created)
            {
                Assert.NotNull(responses["201"]!["headers"]?["Location"]);
            }

            var problems = new List<string> { "401", "403", "429" };
            if (Commands.Contains(method))
            {
                problems.AddRange(["400", "409"]);
                Assert.Contains(operation["parameters"]!.AsArray(), p => p.Str("name") == "Idempotency-Key" && p.Str("in") == "header");
            }
            if (path.Contains("{id}", StringComparison.Ordinal))
            {
                problems.Add("404");
            }
            foreach (var status in problems)
            {
                Assert.True(responses.ContainsKey(status), $"{name}: no {status}");
            }
            foreach (var (status, response) in responses.Where(r => r.Key[0] == '4'))
            {
                var schema = response!["content"]!["application/problem+json"]!["schema"]!.Str("$ref");
                Assert.Equal(status == "400" ? "#/components/schemas/ValidationProblem" : "#/components/schemas/Problem", schema);
            }
        }

        Assert.Contains("code", schemas["Problem"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains(schemas["ValidationProblem"]!["allOf"]!.AsArray(), part => part!["required"]?.AsArray().Any(r => r!.GetValue<string>() == "errors") == true);
        var bearer = document["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal(("http", "bearer", "JWT"), (bearer.Str("type"), bearer.Str("scheme"), bearer.Str("bearerFormat")));
    }

    [Fact]
    public async Task Every_api_route_is_in_the_document_under_its_feature_tag()
    {
        var document = await App.Anonymous().GetJson(Document);
        var served = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.RoutePattern.RawText != "/api/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order().ToList();
        // Each route twice: at /api/v1, and at its unversioned alias, deprecated.
        var versioned = Operations(document).Where(o => o.Path.StartsWith("/api/v1/", StringComparison.Ordinal)).ToList();
        var aliases = Operations(document).Where(o => !o.Path.StartsWith("/api/v1/", StringComparison.Ordinal)).ToList();
        Assert.Equal(served, aliases.Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order().ToList());
        Assert.Equal(served.Select(s => s.Replace(" /api/", " /api/v1/", StringComparison.Ordinal)),
            versioned.Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order().ToList());
        Assert.All(aliases, o => Assert.True(o.Operation["deprecated"]?.GetValue<bool>() == true, $"{o.Method} {o.Path} is not deprecated"));
        Assert.All(versioned, o => Assert.Null(o.Operation["deprecated"]));

        var tags = document["tags"]!.AsArray().ToDictionary(t => t.Str("name"), t => t!["description"]?.GetValue<string>());
        foreach (var (method, path, operation) in Operations(document))
        {
            var tag = Assert.Single(operation["tags"]!.AsArray())!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(tags.GetValueOrDefault(tag)), $"{method} {path}: tag {tag} has no description");
        }
        Assert.Equal("referrals", Tag(document, "post", "/api/v1/referrals/{id}/approve"));
        Assert.Equal("claims", Tag(document, "post", "/api/v1/referrals/{id}/claims"));
        Assert.Equal("audit", Tag(document, "get", "/api/v1/years/{year}/events"));
        Assert.Equal("payments", Tag(document, "post", "/api/v1/payment-batches"));
    }

    [Fact]
    public async Task Dates_instants_numbers_and_amounts_are_described_as_the_json_writes_them()
    {
        var schemas = (await App.Anonymous().GetJson(Document))["components"]!["schemas"]!;

        // A date or an instant is a string with its format where it is used, never a component a generator reads as an object.
        Assert.Null(schemas["LocalDate"]);
        Assert.Null(schemas["Instant"]);
        var referral = schemas["ReferralDetails"]!["properties"]!;
        Assert.Equal(("string", "date-time"), (referral["requestedAt"].Str("type"), referral["requestedAt"].Str("format")));
        Assert.Equal(["null", "string"], referral["startDate"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()).Order());
        Assert.Equal("date", referral["startDate"].Str("format"));
        Assert.Null(referral["startDate"]!["oneOf"]);
        Assert.Equal("integer", referral["year"].Str("type"));
        Assert.Equal("string", schemas["ReferralStatus"].Str("type"));
        Assert.Equal("string", schemas["BudgetEntry"]!["properties"]!["available"].Str("type"));
        Assert.DoesNotContain("\"$ref\":\"#/components/schemas/LocalDate\"", schemas.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_allocation_views_lines_say_by_their_kind_which_entry_they_are()
    {
        var schemas = (await App.Anonymous().GetJson(Document))["components"]!["schemas"]!;

        // The view's lines, and each municipality's in the region's roll-up.
        foreach (var owner in new[] { "AllocationView", "MunicipalityYear" })
        {
            var lines = schemas[owner]!["properties"]!["schemes"]!["items"]!;
            Assert.Equal(["#/components/schemas/QuotaEntry", "#/components/schemas/BudgetEntry"], lines["oneOf"]!.AsArray().Select(l => l.Str("$ref")));
            Assert.Equal("kind", lines["discriminator"].Str("propertyName"));
            Assert.Equal("#/components/schemas/QuotaEntry", lines["discriminator"]!["mapping"]!["quota"]!.GetValue<string>());
            Assert.Equal("#/components/schemas/BudgetEntry", lines["discriminator"]!["mapping"]!["budget"]!.GetValue<string>());
        }
        foreach (var (entry, kind) in new[] { ("QuotaEntry", "quota"), ("BudgetEntry", "budget") })
        {
            Assert.Contains("kind", schemas[entry]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal(kind, Assert.Single(schemas[entry]!["properties"]!["kind"]!["enum"]!.AsArray())!.GetValue<string>());
        }
        // No list whose items a generator cannot know.
        Assert.DoesNotContain(Nodes(schemas).OfType<JsonObject>(), n => n["type"] is JsonValue type && type.GetValue<string>() == "array" && n["items"] is null);
    }

    [Fact]
    public async Task The_document_names_its_version_contact_and_the_version_header_of_every_answer()
    {
        // A page of another origin may read it (/core/publish-openapi).
        using var request = new HttpRequestMessage(HttpMethod.Get, Document) { Headers = { { "Origin", "https://developer.overheid.nl" } } };
        var answer = await App.Anonymous().SendAsync(request);
        answer.EnsureSuccessStatusCode();
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("1.0.0", answer.Headers.GetValues("API-Version").Single());
        var document = System.Text.Json.Nodes.JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();

        Assert.Matches(@"^\d+\.\d+\.\d+$", document["info"].Str("version"));
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["contact"].Str("name")));
        Assert.StartsWith("https://", document["info"]!["contact"].Str("url"), StringComparison.Ordinal);
        Assert.NotEmpty(document["servers"]!.AsArray());
        var itself = document["paths"]!["/api/v1/openapi.json"]!["get"]!;
        Assert.Empty(itself["security"]!.AsArray());
        Assert.Equal("#/components/headers/API-Version", itself["responses"]!["200"]!["headers"]!["API-Version"].Str("$ref"));
        foreach (var (method, path, operation) in Operations(document))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                Assert.True(response!["headers"]?["API-Version"]?.Str("$ref") == "#/components/headers/API-Version", $"{method} {path} {status}: no API-Version");
            }
        }
        Assert.Equal("1.0.0", (await App.Anonymous().GetAsync("/openapi/v1.json")).Headers.GetValues("API-Version").Single());
    }

    [Fact]
    public async Task The_served_document_passes_redocly_recommended_lint_without_a_warning()
    {
        var modules = OpenApiPackages.Modules();
        var folder = OpenApiPackages.Folder("lint");
        var file = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(file, await App.Anonymous().GetStringAsync(Document));

        // recommended-strict: Redocly's recommended rules with every warning an error, so the exit code tells both.
        var (exitCode, lint) = await OpenApiPackages.NodeAsync(folder, Path.Combine(modules, "@redocly", "cli", "bin", "cli.js"),
            ["lint", "--config", OpenApiPackages.Shipped("redocly.yaml"), file]);
        await File.WriteAllTextAsync(Path.Combine(folder, "lint.txt"), lint);
        output.WriteLine(lint);

        Assert.True(exitCode == 0, $"redocly lint failed:\n{lint}");
        Assert.Contains("Your API description is valid", lint);
    }

    /// <summary>The operations of the ledger's API; the document's own place (<c>getOpenApiDocument</c>) aside.</summary>
    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().Where(path => !path.Key.EndsWith("/openapi.json", StringComparison.Ordinal)).SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "put" or "post" or "delete" or "patch")
            .Select(o => (o.Key, path.Key, o.Value!.AsObject())));

    private static IEnumerable<JsonNode?> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Nodes(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Nodes),
        _ => [node],
    };

    private static string Tag(JsonObject document, string method, string path) =>
        document["paths"]![path]![method]!["tags"]![0]!.GetValue<string>();

    /// <summary>A reference to a component with properties, an array of such, or an object with properties.</summary>
    private static bool Typed(JsonNode? schema, JsonObject schemas)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = schemas[reference.Split('/')[^1]];
            return target?["properties"]?.AsObject().Count > 0 || target?["allOf"] is not null;
        }
        return schema?["items"] is { } items ? Typed(items, schemas) : schema?["properties"]?.AsObject().Count > 0;
    }
}
