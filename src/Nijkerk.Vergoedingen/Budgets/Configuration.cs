using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Budgets;

public static class Configuration
{
    public static void ConfigureBudgets(this StoreOptions options)
    {
        options.Events.MapEventType<BudgetYearOpened>("budget_year_opened");
        options.Events.MapEventType<BudgetAdjusted>("budget_adjusted");
        options.Events.MapEventType<FundsCommitted>("funds_committed");
        options.Events.MapEventType<CommitmentReleased>("commitment_released");

        options.Projections.Add(new BudgetYearProjection(), ProjectionLifecycle.Inline);
    }
}

public sealed class BudgetYearProjection() : FoldProjection<BudgetYear>(BudgetYear.Fold,
    typeof(BudgetYearOpened), typeof(BudgetAdjusted), typeof(FundsCommitted), typeof(CommitmentReleased),
    typeof(Claims.PaymentBooked), typeof(Years.ReferralCarriedOver), typeof(Years.YearClosed), typeof(Years.YearSealed));
