using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;
using Xunit.Abstractions;

namespace Nijkerk.Vergoedingen.Tests.OpenApi;

/// <summary>
/// The served OpenAPI document follows the NLGov REST API Design Rules as far as a document shows them: the
/// project's Spectral rules (adr.spectral.yaml), each citing its ADR rule, with every warning failing. Two
/// small documents prove the rules bite and hold still: one breaking them is refused by each rule it breaks,
/// one following them passes.
/// </summary>
public class AdrLintTests(LedgerApp app, ITestOutputHelper output) : LedgerTest(app)
{
    /// <summary>/core/publish-openapi: the document in the API's base path.</summary>
    private static readonly string[] Locations = ["/api/v1/openapi.json"];

    [Fact]
    public async Task The_served_document_follows_the_api_design_rules()
    {
        var folder = OpenApiPackages.Folder("adr");
        var file = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(file, await ServedDocument());

        var (exitCode, lint) = await Lint(folder, file);
        await File.WriteAllTextAsync(Path.Combine(folder, "adr.txt"), lint);
        output.WriteLine(lint);

        Assert.True(exitCode == 0, $"The served document breaks the API Design Rules (adr.spectral.yaml):\n{lint}");
    }

    [Fact]
    public async Task A_document_that_breaks_the_rules_is_refused_by_each_rule_it_breaks()
    {
        var folder = OpenApiPackages.Folder("adr-broken");
        var file = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(file, Broken);

        var (exitCode, lint) = await Lint(folder, file);

        Assert.True(exitCode == 1, $"spectral should refuse the document (exit 1), not pass it or fail to run:\n{lint}");
        var codes = Codes(folder);
        string[] expected =
        [
            "adr-doc-openapi", "adr-publish-openapi", "adr-semver", "adr-version-header", "adr-uri-version", "adr-uri-version-servers",
            "adr-servers", "adr-doc-openapi-contact", "adr-no-trailing-slash", "adr-path-segments-kebab-case", "adr-query-keys-camel-case",
            "adr-http-methods", "adr-http-safety", "adr-problem-details", "adr-problem-details-members", "adr-invalid-input",
            "adr-date-time-format", "adr-date-omit-time-portion", "adr-naming-collections",
        ];
        Assert.Equal(expected.Order(), codes.Order());
        Assert.Contains(lint.Split('\n'), line => line.Contains("adr-version-header", StringComparison.Ordinal) && line.Contains("/core/version-header", StringComparison.Ordinal));
        Assert.Contains(lint.Split('\n'), line => line.Contains("adr-path-segments-kebab-case", StringComparison.Ordinal) && line.Contains("/api/Referrals_x", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_that_follows_the_rules_passes_them_all()
    {
        var folder = OpenApiPackages.Folder("adr-following");
        var file = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(file, Following);

        var (exitCode, lint) = await Lint(folder, file);

        Assert.True(exitCode == 0, $"A document that follows the rules was refused:\n{lint}");
        Assert.Empty(Codes(folder));
    }

    private async Task<string> ServedDocument()
    {
        var client = App.Anonymous();
        foreach (var location in Locations)
        {
            using var answer = await client.GetAsync(location);
            if (answer.IsSuccessStatusCode)
            {
                output.WriteLine($"Linted {location}");
                return await answer.Content.ReadAsStringAsync();
            }
        }
        throw new InvalidOperationException($"No OpenAPI document at {string.Join(" or ", Locations)}.");
    }

    /// <summary>Spectral with the project's ruleset, failing on warnings; the results also as adr.json in the folder.</summary>
    private static Task<(int ExitCode, string Output)> Lint(string folder, string file) =>
        OpenApiPackages.NodeAsync(folder, Path.Combine(Spectral(), "@stoplight", "spectral-cli", "dist", "index.js"),
        [
            "lint", "--ruleset", OpenApiPackages.Shipped("adr.spectral.yaml"), "--fail-severity=warn",
            "--format", "stylish", "--format", "json", "--output.json", Path.Combine(folder, "adr.json"), file,
        ]);

    private static string[] Codes(string folder) =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "adr.json")))!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Distinct()];

    private static string Spectral()
    {
        var modules = OpenApiPackages.Modules();
        return File.Exists(Path.Combine(modules, "@stoplight", "spectral-cli", "dist", "index.js"))
            ? modules
            : throw new InvalidOperationException(
                "No Spectral: run the tests with ops/test, which installs @stoplight/spectral-cli from npm into .ops/openapi.");
    }

    /// <summary>Breaks every rule once: no version header, contact or servers, a path of the wrong case without the version, ….</summary>
    private const string Broken = """
        {
          "openapi": "3.1",
          "info": { "title": "Broken", "version": "v1" },
          "components": {
            "schemas": {
              "Problem": { "type": "object", "properties": { "title": { "type": "string" }, "status": { "type": "integer" } } },
              "Training": { "type": "object", "properties": { "startDate": { "type": "string", "format": "date-time" }, "startTime": { "type": "string", "format": "time" } } }
            }
          },
          "paths": {
            "/api/Referrals_x": {
              "get": {
                "parameters": [{ "name": "case_reference", "in": "query", "schema": { "type": "string" } }],
                "responses": {
                  "200": { "description": "The referrals.", "content": { "application/json": { "schema": { "type": "object" } } } },
                  "404": { "description": "None.", "content": { "application/json": { "schema": { "type": "object" } } } }
                }
              }
            },
            "/referrals/": {
              "head": { "responses": { "200": { "description": "There." } } },
              "get": {
                "requestBody": { "content": { "application/json": { "schema": { "type": "object" } } } },
                "responses": { "400": { "description": "Unreadable.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } } }
              }
            },
            "/api/v1/referral/{id}": {
              "delete": {
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "204": { "description": "Gone.", "headers": { "API-Version": { "schema": { "type": "string" } } } } }
              }
            }
          }
        }
        """;

    /// <summary>What the rules ask: a semantic version, a contact, relative servers, the version in the path, API-Version on every answer, problems, dates as dates.</summary>
    private const string Following = """
        {
          "openapi": "3.1.1",
          "info": { "title": "Following", "version": "1.0.0", "contact": { "name": "Team Sociaal Domein", "url": "https://example.org/issues" } },
          "servers": [{ "url": "/" }],
          "components": {
            "headers": { "API-Version": { "description": "The API's full version.", "schema": { "type": "string" } } },
            "schemas": {
              "Problem": {
                "type": "object",
                "properties": { "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" }, "detail": { "type": "string" } }
              },
              "Training": { "type": "object", "properties": { "startDate": { "type": "string", "format": "date" }, "startTime": { "type": "string", "format": "time-local" } } },
              "ValidationProblem": {
                "allOf": [{ "$ref": "#/components/schemas/Problem" }, { "type": "object", "properties": { "errors": { "type": "object" } } }]
              }
            }
          },
          "paths": {
            "/api/v1/openapi.json": {
              "get": {
                "responses": {
                  "200": { "description": "This document.", "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } }, "content": { "application/json": { "schema": { "type": "object" } } } }
                }
              }
            },
            "/api/v1/referrals": {
              "get": {
                "parameters": [{ "name": "caseReference", "in": "query", "schema": { "type": "string" } }],
                "responses": {
                  "200": { "description": "The referrals.", "headers": { "api-version": { "$ref": "#/components/headers/API-Version" } }, "content": { "application/json": { "schema": { "type": "array", "items": { "type": "object" } } } } },
                  "400": { "description": "Unreadable.", "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } }, "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ValidationProblem" } } } }
                }
              }
            },
            "/api/v1/payment-batches/{id}/_confirm": {
              "post": {
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": {
                  "200": { "description": "Confirmed.", "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } } },
                  "404": { "description": "No such batch.", "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } }, "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
                  "500": { "description": "Failed.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              }
            }
          }
        }
        """;
}
