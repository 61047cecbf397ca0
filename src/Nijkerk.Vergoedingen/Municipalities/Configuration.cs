using JasperFx.Events.Projections;
using Marten;

namespace Nijkerk.Vergoedingen.Municipalities;

public static class Configuration
{
    /// <summary>
    /// The region's municipalities as data: one stream each, kept inline, read by every node through its
    /// directory, which a change committed here refreshes at once; an empty database is seeded on start.
    /// </summary>
    public static WebApplicationBuilder AddMunicipalities(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<Dictionary<string, TenantSettings>>(builder.Configuration.GetSection("Tenants"));
        builder.Services.AddSingleton<MunicipalityDirectory>();
        builder.Services.AddHostedService<MunicipalitySeeding>();
        builder.Services.ConfigureMarten((services, options) =>
        {
            options.Projections.Snapshot<Municipality>(SnapshotLifecycle.Inline);
            options.Listeners.Add(new MunicipalityChanges(services));
        });
        return builder;
    }
}
