using JasperFx.Events.Projections;
using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Budgets;

public static class Configuration
{
    /// <summary>Each year's euros, kept inline as the allocation view reads them.</summary>
    public static WebApplicationBuilder AddBudgets(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Projections.Add(new BudgetYearProjection(), ProjectionLifecycle.Inline));
        return builder;
    }
}

/// <summary>Each year's euros, kept inline from the year's own stream.</summary>
public sealed class BudgetYearProjection() : StreamFold<BudgetYear>(Folds.EventTypesOf<BudgetYear>(), key => YearStream.KindOf(key) == SchemeKind.Budget)
{
    public override BudgetYear? Evolve(BudgetYear? snapshot, string id, IEvent e) => (snapshot ?? new BudgetYear()).Evolve(e.Data);
}
