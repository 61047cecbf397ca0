using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Payments;

public static class Configuration
{
    /// <summary>Each payment batch, kept inline: the financial officers and the year's close ask which are still open.</summary>
    public static WebApplicationBuilder AddPayments(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Projections.Snapshot<PaymentBatch>(SnapshotLifecycle.Inline, Folds.InLargePages));
        return builder;
    }
}
