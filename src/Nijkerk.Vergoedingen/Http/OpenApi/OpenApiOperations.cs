using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.Vergoedingen.Http.OpenApi;

/// <summary>
/// One convention for every <c>/api</c> operation, read from what the endpoint is: its name and
/// feature folder give the operation id, summary and tag; its policy the roles and the bearer token;
/// its method, path and inputs the problems it can answer with (API.md, Errors).
/// </summary>
public sealed partial class OpenApiOperations(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("An operation is described within its document.");
        var description = context.Description;
        if (description.ActionDescriptor is ControllerActionDescriptor endpoint)
        {
            Name(operation, endpoint, document);
        }
        operation.Description = await RolesAsync(description.ActionDescriptor.EndpointMetadata);
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiDocumentSetup.BearerScheme, document)] = [] }];

        var command = description.HttpMethod is "POST" or "PUT";
        var path = "/" + description.RelativePath;
        if (command)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKeys.Header,
                In = ParameterLocation.Header,
                Description = "Makes a retry safe: the same key with the same body answers the first answer again and changes nothing.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 200 },
            });
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Description ??= ParameterDescription(parameter.Name);
        }

        operation.Responses ??= [];
        foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('2')))
        {
            Succeeded(status, response as OpenApiResponse, command);
        }

        // Wolverine says 404 for every endpoint that returns IResult; only a path that names a resource can answer it.
        var namesResource = ResourceParameter().IsMatch(path);
        if (!namesResource)
        {
            operation.Responses.Remove("404");
        }
        var problems = new SortedSet<string>(operation.Responses.Keys.Where(k => k[0] is '4' or '5'), StringComparer.Ordinal) { "401", "403", "429" };
        if (command || operation.Parameters?.Any(p => p.In == ParameterLocation.Query || p.Name is "year" or "scheme") == true)
        {
            problems.Add("400");
        }
        if (namesResource)
        {
            problems.Add("404");
        }
        if (command)
        {
            problems.Add("409");
        }
        // An endpoint that reads a file from the body itself (a bank statement) names its media types; its body is that file.
        if (operation.RequestBody is null && description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Mvc.ConsumesAttribute>().FirstOrDefault() is { } file)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The file itself.",
                Content = file.ContentTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
        }
        if (operation.RequestBody is not null)
        {
            problems.Add("413");
            problems.Add("415");
        }
        foreach (var status in problems)
        {
            operation.Responses[status] = Problem(status, document);
        }
    }

    /// <summary><c>ApproveReferralEndpoint.Post</c> is <c>approveReferral</c> in the referrals feature; <c>ReferralTrailEndpoint.GetCsv</c> is <c>getReferralTrailCsv</c>.</summary>
    private static void Name(OpenApiOperation operation, ControllerActionDescriptor endpoint, OpenApiDocument document)
    {
        var subject = EndpointSuffix().Replace(endpoint.ControllerTypeInfo.Name, "");
        var method = endpoint.MethodInfo.Name;
        var name = method.StartsWith("Get", StringComparison.Ordinal) ? $"Get{subject}{method[3..]}" : subject;
        operation.OperationId = char.ToLowerInvariant(name[0]) + name[1..];
        var words = Words().Replace(name, " $1").ToLowerInvariant();
        operation.Summary = char.ToUpperInvariant(words[0]) + words[1..];
        var feature = endpoint.ControllerTypeInfo.Namespace?.Split('.')[^1].ToLowerInvariant() ?? "api";
        operation.Tags = new HashSet<OpenApiTagReference> { new(feature, document) };
    }

    private async Task<string?> RolesAsync(IList<object> metadata)
    {
        var names = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct();
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var policy = await policies.GetPolicyAsync(name);
            roles.UnionWith(policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles) ?? []);
        }
        return roles.Count == 0 ? null : $"Roles: {string.Join(", ", roles)}.";
    }

    private static string? ParameterDescription(string? name) => name switch
    {
        "id" => "The referral's id (or the payment batch's, under /api/payment-batches).",
        "claimId" => "The claim's id.",
        "year" => "A calendar year, like 2026.",
        "scheme" => "A scheme by its slug: houd-me-vast or bijzondere-bijstand.",
        "status" => "Only those in this status.",
        "page" => "The page, from 1.",
        "pageSize" => "Items a page, from 1.",
        "asOf" => "An instant in ISO form (2026-03-14T09:30:00Z): the answer as it stood then.",
        _ => null,
    };

    private static void Succeeded(string status, OpenApiResponse? response, bool command)
    {
        if (response is null)
        {
            return;
        }
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        if (status == "201")
        {
            response.Description = "Created.";
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "Where the new resource is.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        if (command)
        {
            response.Headers["Idempotent-Replayed"] = new OpenApiHeader
            {
                Description = "`true` when this is the first answer to the same Idempotency-Key, sent again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }

    /// <summary>A problem answer of a status, as every operation describes it (API.md, Errors).</summary>
    internal static OpenApiResponse Problem(string status, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = status switch
            {
                "400" => "`validation`: the request cannot be read, or a field breaks a rule; `errors` names each field.",
                "401" => "`unauthorized`: no valid bearer token.",
                "403" => "`forbidden`: the role or municipality does not allow this; `four-eyes`: someone else must decide this.",
                "404" => "`not-found`: no such resource in this municipality.",
                "409" => "The state does not allow this: `invalid-transition`, `budget-exhausted`, `budget-below-use`, `capacity-below-use`, "
                    + "`year-closed`, `over-commitment`, `overpayment`, `duplicate-invoice`, `mandate-exceeded` or `idempotency-conflict`. Nothing was changed.",
                "413" => "`payload-too-large`: the body is larger than the app takes (`Transport:MaxRequestBodyBytes`; a file `Transport:MaxFileBodyBytes`).",
                "415" => "The body is not sent as the media type the operation takes (application/json; a bank statement application/xml).",
                "429" => "`rate-limited`: too many requests; `Retry-After` says when to try again.",
                _ => "A problem.",
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = new OpenApiSchemaReference(
                        status == "400" ? OpenApiDocumentSetup.ValidationProblemSchema : OpenApiDocumentSetup.ProblemSchema, document),
                },
            },
        };
        if (status == "429")
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }
        return response;
    }

    [GeneratedRegex("Endpoints?$")]
    private static partial Regex EndpointSuffix();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();

    [GeneratedRegex(@"\{(id|claimId)\}")]
    private static partial Regex ResourceParameter();
}
