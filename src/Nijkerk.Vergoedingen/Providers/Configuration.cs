using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Providers;

public static class Configuration
{
    public static void ConfigureProviders(this StoreOptions options)
    {
        options.Events.MapEventType<ProviderRegistered>("provider_registered");
        options.Projections.Add(new ProviderProjection(), ProjectionLifecycle.Inline);
    }
}

public sealed class ProviderProjection() : FoldProjection<Provider>(Provider.Fold, typeof(ProviderRegistered));
