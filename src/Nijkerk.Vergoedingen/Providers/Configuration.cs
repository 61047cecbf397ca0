using JasperFx.Events.Projections;
using Marten;

namespace Nijkerk.Vergoedingen.Providers;

public static class Configuration
{
    /// <summary>The registered practices, kept inline for the claims that name them and the batches that pay them.</summary>
    public static WebApplicationBuilder AddProviders(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Projections.Snapshot<Provider>(SnapshotLifecycle.Inline));
        return builder;
    }
}
