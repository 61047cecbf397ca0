using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Nijkerk.Vergoedingen.Mandates;

/// <summary>
/// <c>Mandates:Default:CommitLimit</c> and <c>:ClaimLimit</c>: the mandate of every financial officer of a municipality
/// whose register sets no default; none set, no limit (so clients of the time before mandates go on as they did).
/// </summary>
public sealed class MandateSettings
{
    public DefaultMandate Default { get; set; } = new();

    public sealed class DefaultMandate
    {
        public decimal? CommitLimit { get; set; }

        public decimal? ClaimLimit { get; set; }
    }

    /// <summary>The configured default as a mandate, numbered 0; nothing when it limits nothing.</summary>
    public Mandate? Configured => Default.CommitLimit is null && Default.ClaimLimit is null
        ? null
        : new Mandate(0, MandateRegister.Default, Default.CommitLimit, Default.ClaimLimit, LocalDate.MinIsoValue, "configuration", Instant.MinValue);
}

/// <summary>The mandate an officer approves under, from the municipality's register and the configured default.</summary>
public sealed class MandateBook(IOptions<MandateSettings> settings)
{
    /// <summary>The mandates of a register read once (with other reads, in one round trip), for each approval of a group.</summary>
    public Func<string, Instant, Mandate?> Of(MandateRegister? register)
    {
        var (read, configured) = (register ?? new MandateRegister(), settings.Value.Configured);
        return (officer, at) => read.Of(officer, at, configured);
    }

    public async Task<Mandate?> OfAsync(IQuerySession session, string officer, Instant at, CancellationToken cancellation) =>
        Of(await session.LoadAsync<MandateRegister>(MandateRegister.StreamKey, cancellation))(officer, at);
}

public static class Configuration
{
    public static WebApplicationBuilder AddMandates(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MandateSettings>().Bind(builder.Configuration.GetSection("Mandates"));
        builder.Services.AddSingleton<MandateBook>();
        builder.Services.ConfigureMarten(options => options.Projections.Snapshot<MandateRegister>(SnapshotLifecycle.Inline));
        return builder;
    }
}
