using Marten;
using Wolverine;

namespace Nijkerk.Vergoedingen.Years;

public static class Configuration
{
    /// <summary>Closing, sealing and verifying years, read from the stored events; and the calendar of the ledger's own work.</summary>
    public static WebApplicationBuilder AddYears(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<YearLedger>();
        builder.Services.AddSingularAgent<CalendarAgent>();
        builder.Services.ConfigureMarten(options => options.Schema.For<SealManifest>());
        return builder;
    }
}
