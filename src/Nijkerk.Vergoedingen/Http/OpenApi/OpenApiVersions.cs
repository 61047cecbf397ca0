using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.Vergoedingen.Http.OpenApi;

/// <summary>
/// Each operation twice: at <c>/api/v1/…</c>, as the API Design Rules want it, and at its unversioned
/// alias, marked deprecated, which API.md and existing clients still use (<see cref="ApiVersions"/>).
/// Every answer of both names the <c>API-Version</c> header it carries.
/// </summary>
public static class OpenApiVersions
{
    public const string AliasSuffix = "Unversioned";

    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[ApiVersions.Header] = new OpenApiHeader
        {
            Description = "The API's full semantic version; its major is the one in the path.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };

        var paths = new OpenApiPaths();
        var aliases = new List<(string Path, OpenApiPathItem Item)>();
        foreach (var (path, item) in document.Paths)
        {
            if (item is not OpenApiPathItem alias || !path.StartsWith("/api/", StringComparison.Ordinal))
            {
                paths[path] = item;
                continue;
            }
            var versioned = new OpenApiPathItem { Summary = alias.Summary, Description = alias.Description, Parameters = alias.Parameters };
            versioned.Operations = alias.Operations?.ToDictionary(o => o.Key, o => new OpenApiOperation(o.Value));
            var successor = ApiVersions.VersionedPrefix + path[4..];
            foreach (var operation in alias.Operations?.Values.AsEnumerable() ?? [])
            {
                operation.Deprecated = true;
                operation.OperationId += AliasSuffix;
                operation.Description = $"Deprecated: the unversioned alias of `{successor}`. {operation.Description}".TrimEnd();
            }
            paths[successor] = versioned;
            aliases.Add((path, alias));
        }
        foreach (var (path, item) in aliases)
        {
            paths[path] = item;
        }
        paths[ApiVersions.VersionedPrefix + "/openapi.json"] = Itself(document);
        document.Paths = paths;

        foreach (var operation in paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
            {
                response.Headers = new Dictionary<string, IOpenApiHeader>(response.Headers ?? new Dictionary<string, IOpenApiHeader>())
                {
                    [ApiVersions.Header] = new OpenApiHeaderReference(ApiVersions.Header, document),
                };
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The document names its own place, for anyone, without a token (/core/publish-openapi).</summary>
    private static OpenApiPathItem Itself(OpenApiDocument document)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = DocumentTag, Description = "This document: the API described in OpenAPI, readable by anyone from any origin." });
        var operation = new OpenApiOperation
        {
            OperationId = "getOpenApiDocument",
            Summary = "Get this document",
            Tags = new HashSet<OpenApiTagReference> { new(DocumentTag, document) },
            Security = [],
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The OpenAPI document.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "An OpenAPI 3.1 document." } },
                    },
                },
                ["429"] = OpenApiOperations.Problem("429", document),
            },
        };
        return new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation } };
    }

    public const string DocumentTag = "openapi";
}
