using JasperFx.Events.Projections;
using Marten;

namespace Nijkerk.Vergoedingen.Municipalities;

public static class Configuration
{
    public static void ConfigureMunicipalities(this StoreOptions options)
    {
        options.Events.MapEventType<MunicipalityAdded>("municipality_added");
        options.Events.MapEventType<MunicipalityChanged>("municipality_changed");
        options.Projections.Add(new MunicipalityProjection(), ProjectionLifecycle.Inline);
    }

    public static WebApplicationBuilder AddMunicipalities(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MunicipalityDirectory>();
        builder.Services.AddHostedService<MunicipalitySeeding>();
        return builder;
    }
}
