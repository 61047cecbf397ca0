using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Nijkerk.Vergoedingen.Http.OpenApi;

/// <summary>
/// Schemas as the JSON is written, where the generator cannot see it: NodaTime values are ISO strings, not
/// objects; amounts are strings with two decimals (<see cref="MoneyJsonConverter"/>); enums are their names;
/// numbers are numbers (the web defaults also read "2026" as a number, but the API speaks and writes numbers).
/// </summary>
public sealed class OpenApiSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            String(schema, "date", "A date in ISO form, like 2026-03-14.");
        }
        else if (type == typeof(Instant))
        {
            String(schema, "date-time", "An instant in ISO form, in UTC, like 2026-03-14T09:30:00Z.");
        }
        else if (type == typeof(decimal))
        {
            String(schema, null, "Euros with two decimals, like \"1250.00\".");
            schema.Pattern = "^[0-9]+\\.[0-9]{2}$";
        }
        else if (type.IsEnum)
        {
            // Where a property may be null, it says so itself (oneOf null or the enum).
            schema.Type = JsonSchemaType.String;
            schema.Enum = schema.Enum?.Where(e => e is not null).ToList();
        }
        if (schema.Type is { } kind && kind.HasFlag(JsonSchemaType.String) && (kind.HasFlag(JsonSchemaType.Integer) || kind.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = kind & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }

    private static void String(OpenApiSchema schema, string? format, string description)
    {
        var nullable = schema.Type?.HasFlag(JsonSchemaType.Null) == true;
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Format = format;
        schema.Description ??= description;
        schema.Properties?.Clear();
        schema.Required?.Clear();
    }
}
