using Marten;

namespace Nijkerk.Vergoedingen.Audit;

public static class Configuration
{
    /// <summary>The access log, and the check that every read model equals its rebuild.</summary>
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProjectionVerifier>();
        builder.Services.ConfigureMarten(options =>
            options.Schema.For<AccessRecord>().Index(r => r.CaseReference).Index(r => r.User).Index(r => r.AtUnixMs));
        return builder;
    }
}
