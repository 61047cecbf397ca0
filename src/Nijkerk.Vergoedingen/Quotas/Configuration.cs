using JasperFx.Events.Projections;
using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Quotas;

public static class Configuration
{
    /// <summary>Each year's slots, kept inline as the allocation view reads them; the New Year's markers; the settings.</summary>
    public static WebApplicationBuilder AddQuotas(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<QuotaSettings>(builder.Configuration.GetSection("Quotas"));
        builder.Services.AddHostedService<WaitingLineUpgrade>();
        builder.Services.ConfigureMarten(options =>
        {
            options.Projections.Add(new QuotaYearProjection(), ProjectionLifecycle.Inline);
            options.Schema.For<NewYearScheduled>();
        });
        return builder;
    }
}

/// <summary>Settings under <c>Quotas</c>.</summary>
public sealed class QuotaSettings
{
    /// <summary>The capacity of a houd-me-vast year nobody has set: the foundation funds 10 a year.</summary>
    public int DefaultCapacity { get; set; } = 10;

    /// <summary>A reservation not scheduled within this period expires and its slot goes to the waitlist.</summary>
    public TimeSpan ReservationExpiry { get; set; } = TimeSpan.FromDays(56);
}

/// <summary>Each year's slots, kept inline from the year's own stream.</summary>
public sealed class QuotaYearProjection() : StreamFold<QuotaYear>(Folds.EventTypesOf<QuotaYear>(), key => YearStream.KindOf(key) == SchemeKind.Quota)
{
    public override QuotaYear? Evolve(QuotaYear? snapshot, string id, IEvent e) => (snapshot ?? new QuotaYear()).Evolve(e.Data);
}
