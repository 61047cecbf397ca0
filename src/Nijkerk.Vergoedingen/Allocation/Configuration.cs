using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.Vergoedingen.Allocation;

public static class Configuration
{
    /// <summary>
    /// The allocation view's lines are quota or budget entries: the OpenAPI document says which, by each
    /// line's <c>kind</c>, so a generated client reads each line as its own type.
    /// </summary>
    public static WebApplicationBuilder AddAllocation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OpenApiOptions>("v1", options =>
        {
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if ((type == typeof(QuotaEntry) || type == typeof(BudgetEntry)) && schema.Properties?.ContainsKey("kind") == true)
                {
                    schema.Properties["kind"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [JsonValue.Create(type == typeof(QuotaEntry) ? QuotaEntry.KindName : BudgetEntry.KindName)],
                        Description = "quota: slots counted; budget: euros.",
                    };
                    schema.Required ??= new HashSet<string>();
                    schema.Required.Add("kind");
                }
                return Task.CompletedTask;
            });
            // Once the entries are components of the document, the lines of the view and of the region's roll-up refer to them by kind.
            options.AddDocumentTransformer((document, _, _) =>
            {
                foreach (var owner in new[] { nameof(AllocationView), nameof(Region.MunicipalityYear) })
                {
                    if (document.Components?.Schemas?.TryGetValue(owner, out var schema) == true && schema is OpenApiSchema view
                        && view.Properties?.TryGetValue("schemes", out var schemes) == true && schemes is OpenApiSchema list)
                    {
                        list.Items = Entries(document);
                    }
                }
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    private static OpenApiSchema Entries(OpenApiDocument document) => new()
    {
        OneOf = [new OpenApiSchemaReference(nameof(QuotaEntry), document), new OpenApiSchemaReference(nameof(BudgetEntry), document)],
        Discriminator = new OpenApiDiscriminator
        {
            PropertyName = "kind",
            Mapping = new Dictionary<string, OpenApiSchemaReference>
            {
                [QuotaEntry.KindName] = new(nameof(QuotaEntry), document),
                [BudgetEntry.KindName] = new(nameof(BudgetEntry), document),
            },
        },
    };
}
