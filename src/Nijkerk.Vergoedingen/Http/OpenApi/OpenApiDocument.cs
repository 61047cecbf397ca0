using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.Vergoedingen.Http.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/api/v1/openapi.json</c>: the <c>/api</c> routes of API.md, each with its
/// answer, its problems and the bearer token it needs, grouped by feature. The screens, the webhook and
/// the Development-only routes are not part of the client API and stay out.
/// </summary>
public static class OpenApiDocumentSetup
{
    public const string BearerScheme = "bearer";
    public const string ProblemSchema = "Problem";
    public const string ValidationProblemSchema = "ValidationProblem";

    /// <summary>One tag per feature folder; an operation of a feature missing here fails the lint.</summary>
    public static readonly IReadOnlyDictionary<string, string> Features = new Dictionary<string, string>
    {
        ["allocation"] = "What each scheme of a year has left: slots reserved and consumed, euros committed and paid, now or as it stood at an instant.",
        ["audit"] = "The audit trails: every event of a referral or a year, who did it in which role, when and why, as JSON pages or CSV; and who read which case.",
        ["bankstatements"] = "The bank's statements of the municipality's account (camt.053): the payments of the ledger's batches booked as the bank reports them, once, and what the ledger did not write left for a person.",
        ["budgets"] = "The yearly budget of bijzondere bijstand, changed only by recorded adjustments.",
        ["casesystem"] = "The link of each referral with its zaak in the municipality's zaaksysteem (ZGW Zaken API): looked up again on request.",
        ["claims"] = "Invoices (declaraties) against a bijzondere-bijstand referral's commitment, their four-eyes decision and payments booked by hand.",
        ["foundation"] = "What Stichting Houd Me Vast hears of reserved slots, and the placements it confirms.",
        ["journal"] = "The journal for the municipality's financial system: each payment booked or returned in a period on its ledger account, cost centre, Iv3 task field and economic category, never a person; and those accounts, set per scheme from a date.",
        ["mandates"] = "The mandate register (budgethouderschap): per financial officer, or as the municipality's default, the most one approval may commit and one claim be approved for, from a date; read as it stood at any instant.",
        ["municipalities"] = "The municipalities of Regio FoodValley, for the region's admin: each one's account, schemes and defaults, changed without a restart.",
        ["privacy"] = "AVG requests of a household, for the privacy officer: everything the ledger holds about a case.",
        ["payments"] = "SEPA payment batches of approved claims: made, downloaded for the bank and booked once executed.",
        ["providers"] = "The practices that give the trainings and are paid directly.",
        ["quotas"] = "The yearly count quota of Houd Me Vast trainings.",
        ["referrals"] = "Referrals to a relationship training, from request through approval, scheduling and completion to close.",
        ["region"] = "Regio FoodValley's roll-up for the regional controller: every municipality's slots and euros side by side, aggregates only. No figure derived from fewer than 5 referrals is given: `averageDaysToDecision` is null when fewer than 5 referrals of the year were decided (approved or rejected), and the report and its CSV leave it out.",
        ["years"] = "Closing and sealing a year, and verifying its seal against the stored events.",
    };

    /// <summary>Anyone may read the document, from any origin (/core/publish-openapi).</summary>
    public const string DocumentCors = "openapi-document";

    /// <summary>The single registration: the generator with the ledger's document, operation and schema conventions.</summary>
    public static IServiceCollection AddLedgerOpenApi(this IServiceCollection services)
    {
        services.AddCors(cors => cors.AddPolicy(DocumentCors, policy => policy.AllowAnyOrigin().WithMethods("GET")));
        return services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(DescribeAsync);
            options.AddDocumentTransformer(OpenApiVersions.DescribeAsync);
            options.AddDocumentTransformer(OpenApiInlining.InlineAsync);
            options.AddOperationTransformer<OpenApiOperations>();
            options.AddSchemaTransformer<OpenApiSchemas>();
        });
    }

    /// <summary>
    /// The document at <c>/api/v1/openapi.json</c> (/core/doc-openapi), which <see cref="ApiVersions"/> routes as
    /// <c>/api/openapi.json</c>, and at <c>/openapi/v1.json</c>, where it was first.
    /// </summary>
    public static void MapLedgerOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi.json").AllowAnonymous().RequireCors(DocumentCors);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().RequireCors(DocumentCors);
    }

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        var contact = context.ApplicationServices.GetRequiredService<IConfiguration>().GetSection("Api:Contact");
        document.Info = new OpenApiInfo
        {
            Title = "Nijkerk.Vergoedingen",
            Version = ApiVersions.Version,
            Description = "The ledger of exceptional-case referrals of the social domain: quotas, budgets, referrals, claims, payments and "
                + "the audit of each year. Amounts are strings with two decimals (\"1250.00\"), dates ISO dates (\"2026-03-14\"), instants "
                + "ISO instants in UTC (\"2026-03-14T09:30:00Z\"). Every POST and PUT accepts an Idempotency-Key. Errors are RFC 9457 "
                + "problems with a `code`. The API follows the NLGov REST API Design Rules: its major version is in the path (`/api/v1`), "
                + "every answer carries `API-Version`; the unversioned `/api/…` routes answer the same, deprecated.",
            Contact = new OpenApiContact
            {
                Name = contact["Name"] ?? "Gemeente Nijkerk",
                Url = new Uri(contact["Url"] ?? "https://www.nijkerk.eu/"),
                Email = contact["Email"],
            },
        };
        // Relative, so the document holds wherever it is served from, also behind a proxy.
        document.Servers = [new OpenApiServer { Url = "/" }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT from one of the municipality's trusted identity providers (Entra ID, Keycloak, ADFS or another OpenID "
                + "provider). Each provider's claims for the user's immutable id (such as `oid`), the roles (such as `roles` or "
                + "`realm_access.roles`) and the municipality (its issuer, or `tid`) are mapped onto the ledger's own (`Auth:Issuers`).",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.Schemas[ValidationProblemSchema] = ValidationProblem(document);

        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet();
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal)
            .Select(name => new OpenApiTag { Name = name, Description = Features.GetValueOrDefault(name) }));
        return Task.CompletedTask;
    }

    /// <summary>RFC 9457 with the ledger's <c>code</c>; other members (such as <c>referrals</c>) may follow.</summary>
    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. `code` says what happened, in the terms of API.md.",
        Required = new HashSet<string> { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URN naming the problem, ending in its code." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "validation, unauthorized, forbidden, four-eyes, not-found, invalid-transition, budget-exhausted, budget-below-use, "
                    + "capacity-below-use, year-closed, over-commitment, overpayment, duplicate-invoice, scheme-not-offered, mandate-exceeded, idempotency-conflict, payload-too-large, rate-limited, unavailable",
            },
            ["referrals"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "The referrals the refusal is about, when there are several (such as requests still undecided at a year's close).",
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        },
    };

    private static OpenApiSchema ValidationProblem(OpenApiDocument document) => new()
    {
        Description = "A `validation` problem: each field that cannot be read or breaks a rule, with what was wrong.",
        AllOf =
        [
            new OpenApiSchemaReference(ProblemSchema, document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "errors" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["errors"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Description = "Field (its camelCase JSON name, or `body`) to messages.",
                        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            },
        ],
    };
}
