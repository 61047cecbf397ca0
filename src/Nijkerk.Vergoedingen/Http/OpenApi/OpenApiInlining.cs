using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.Vergoedingen.Http.OpenApi;

/// <summary>
/// The generator makes a component of every type, also of one that is written as a plain string (a
/// LocalDate, an Instant) or as any JSON at all (an event's data), and says "may be null" as
/// <c>oneOf: [null, $ref]</c>. Client generators read such a component as an object of its own, with no
/// value in it; so these are written where they are used: <c>type: [string, "null"]</c> with the format.
/// </summary>
public static class OpenApiInlining
{
    public static Task InlineAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        if (document.Components?.Schemas is not { } components)
        {
            return Task.CompletedTask;
        }
        var plain = components.Where(c => IsPlain(c.Value)).ToDictionary(c => c.Key, c => c.Value);
        if (plain.Count == 0)
        {
            return Task.CompletedTask;
        }
        foreach (var name in plain.Keys)
        {
            components.Remove(name);
        }
        var inliner = new Inliner(plain);
        foreach (var name in components.Keys.ToList())
        {
            components[name] = inliner.Visit(components[name]);
        }
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Schema = parameter.Schema is { } schema ? inliner.Visit(schema) : null;
            }
            var contents = (operation.RequestBody?.Content?.Values ?? [])
                .Concat(operation.Responses?.Values.SelectMany(r => r.Content?.Values.AsEnumerable() ?? []) ?? []);
            foreach (var content in contents.OfType<OpenApiMediaType>())
            {
                content.Schema = content.Schema is { } schema ? inliner.Visit(schema) : null;
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>No properties, members or values of its own: a string with a format, or anything.</summary>
    private static bool IsPlain(IOpenApiSchema schema) => schema is OpenApiSchema
    {
        Properties: null or { Count: 0 },
        AllOf: null or { Count: 0 },
        OneOf: null or { Count: 0 },
        AnyOf: null or { Count: 0 },
        Enum: null or { Count: 0 },
        Items: null,
        Type: null or JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean,
    };

    private sealed class Inliner(Dictionary<string, IOpenApiSchema> plain)
    {
        public IOpenApiSchema Visit(IOpenApiSchema schema)
        {
            if (Plain(schema) is { } target)
            {
                return target.CreateShallowCopy();
            }
            if (schema is not OpenApiSchema own)
            {
                return schema;
            }
            if (own.OneOf is { Count: 2 } members && members.Any(IsNull) && Plain(members.Single(m => !IsNull(m))) is { } nullable)
            {
                var copy = (OpenApiSchema)nullable.CreateShallowCopy();
                copy.Description = own.Description ?? nullable.Description;
                // "Anything" already takes null; a typed value says it may be null in its type.
                copy.Type = copy.Type is { } type ? type | JsonSchemaType.Null : null;
                return copy;
            }
            if (own.Properties is { } properties)
            {
                foreach (var name in properties.Keys.ToList())
                {
                    properties[name] = Visit(properties[name]);
                }
            }
            own.Items = own.Items is { } items ? Visit(items) : null;
            own.AdditionalProperties = own.AdditionalProperties is { } additional ? Visit(additional) : null;
            foreach (var list in new[] { own.AllOf, own.OneOf, own.AnyOf })
            {
                for (var i = 0; i < (list?.Count ?? 0); i++)
                {
                    list![i] = Visit(list[i]);
                }
            }
            return own;
        }

        private IOpenApiSchema? Plain(IOpenApiSchema schema) =>
            schema is OpenApiSchemaReference { Reference.Id: { } id } && plain.TryGetValue(id, out var target) ? target : null;

        private static bool IsNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null };
    }
}
