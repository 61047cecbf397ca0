using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Nijkerk.Vergoedingen.Allocation;
using NodaTime;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// Schemas as the JSON is written (<see cref="LedgerJson"/>), where the generator cannot see it:
/// NodaTime values are ISO strings, not objects; enums are their names; numbers are numbers (the web
/// defaults also read "2026" as a number, but the API speaks and writes numbers); the allocation
/// view's lines are quota or budget entries.
/// </summary>
public sealed class OpenApiSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            IsoString(schema, "date", "A date in ISO form, like 2026-03-14.");
        }
        else if (type == typeof(Instant))
        {
            IsoString(schema, "date-time", "An instant in ISO form, in UTC, like 2026-03-14T09:30:00Z.");
        }
        else if (type.IsEnum)
        {
            // Where a property may be null, it says so itself (oneOf null or the enum).
            schema.Type = JsonSchemaType.String;
            schema.Enum = schema.Enum?.Where(e => e is not null).ToList();
        }
        else if (type == typeof(AllocationView) && context.Document is { } document && schema.Properties?.TryGetValue("schemes", out var schemes) == true
            && schemes is OpenApiSchema list)
        {
            list.Items = new OpenApiSchema
            {
                OneOf = [new OpenApiSchemaReference(nameof(QuotaEntry), document), new OpenApiSchemaReference(nameof(BudgetEntry), document)],
            };
        }
        if (schema.Type is { } kind && kind.HasFlag(JsonSchemaType.String) && (kind.HasFlag(JsonSchemaType.Integer) || kind.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = kind & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }

    private static void IsoString(OpenApiSchema schema, string format, string description)
    {
        var nullable = schema.Type?.HasFlag(JsonSchemaType.Null) == true;
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Format = format;
        schema.Description ??= description;
        schema.Properties?.Clear();
        schema.Required?.Clear();
    }
}
