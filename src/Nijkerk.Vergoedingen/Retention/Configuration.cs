using Marten;

namespace Nijkerk.Vergoedingen.Retention;

public static class Configuration
{
    /// <summary>How long records and personal data are kept, and the markers that keep each night's pruning single.</summary>
    public static WebApplicationBuilder AddRetention(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionSettings>(builder.Configuration.GetSection("Retention"));
        builder.Services.ConfigureMarten(options => options.Schema.For<RetentionScheduled>());
        return builder;
    }
}
