using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Budgets;

public static class BudgetRules
{
    /// <summary>A year nobody has budgeted yet holds nothing; it opens at 0.00 when something is booked on it.</summary>
    public static (BudgetYear Year, List<Change> Changes) OpenOnFirstUse(
        BudgetYear? year, Scheme scheme, int yearNumber, Actor actor, Instant now)
    {
        if (year is not null)
        {
            return (year, []);
        }
        var opened = new BudgetYearOpened(scheme, yearNumber, 0m, "Opened without a budget", actor.User, actor.Role, now);
        return (BudgetYear.Fold(null, [opened])!, [new Change(BudgetYear.StreamKey(scheme, yearNumber), opened)]);
    }

    public static Refusal Exhausted(BudgetYear year, decimal needed) => new(
        ProblemCodes.BudgetExhausted,
        $"The {year.Year} budget of {year.Scheme} has {Amount.Format(year.Available)} available; this needs {Amount.Format(needed)}.");
}
