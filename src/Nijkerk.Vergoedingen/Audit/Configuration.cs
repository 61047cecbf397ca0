using Marten;
using Marten.Schema;

namespace Nijkerk.Vergoedingen.Audit;

public static class Configuration
{
    /// <summary>The access log, and the check that every read model equals its rebuild.</summary>
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProjectionVerifier>();
        // By case in capitals: a case's looks are found by its canonical reference, whatever capitals they were recorded in.
        builder.Services.ConfigureMarten(options => options.Schema.For<AccessRecord>()
            .Index(r => r.CaseReference!, index => index.Casing = ComputedIndex.Casings.Upper).Index(r => r.User).Index(r => r.AtUnixMs));
        return builder;
    }
}
