using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.Vergoedingen.Allocation;

public static class Configuration
{
    /// <summary>The allocation view's lines are quota or budget entries: the OpenAPI document says which.</summary>
    public static WebApplicationBuilder AddAllocation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(AllocationView) && context.Document is { } document
                && schema.Properties?.TryGetValue("schemes", out var schemes) == true && schemes is OpenApiSchema list)
            {
                list.Items = new OpenApiSchema
                {
                    OneOf = [new OpenApiSchemaReference(nameof(QuotaEntry), document), new OpenApiSchemaReference(nameof(BudgetEntry), document)],
                };
            }
            return Task.CompletedTask;
        }));
        return builder;
    }
}
