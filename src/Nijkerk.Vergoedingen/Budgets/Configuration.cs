using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Budgets;

public static class Configuration
{
    /// <summary>Each year's euros, kept inline as the allocation view reads them.</summary>
    public static WebApplicationBuilder AddBudgets(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Projections.Snapshot<BudgetYear>(SnapshotLifecycle.Inline, Folds.InLargePages));
        return builder;
    }
}
