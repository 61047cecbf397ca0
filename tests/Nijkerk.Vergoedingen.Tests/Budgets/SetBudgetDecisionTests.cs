using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Budgets;

public class SetBudgetDecisionTests
{
    private static SetBudget Set(decimal amount) => new(BijzondereBijstand, 2026, amount, "Begrotingswijziging 3", Bob);

    [Fact]
    public void Setting_a_year_nobody_budgeted_opens_it_with_that_amount()
    {
        var opened = Assert.IsType<BudgetYearOpened>(SetBudgetHandler.Decide(null, Set(25000m), Now).Changes.Single().Event);

        Assert.Equal(25000m, opened.Amount);
    }

    [Fact]
    public void A_change_is_recorded_as_an_adjustment_from_the_old_to_the_new_amount_with_its_reason()
    {
        var adjusted = Assert.IsType<BudgetAdjusted>(SetBudgetHandler.Decide(Budget(25000m), Set(30000m), Now).Changes.Single().Event);

        Assert.Equal((25000m, 30000m, "Begrotingswijziging 3"), (adjusted.From, adjusted.To, adjusted.Reason));
    }

    [Fact]
    public void The_budget_cannot_go_below_what_is_committed()
    {
        var year = Budget(10000m, Committed("r1", 6000m));

        Assert.Equal(ProblemCodes.BudgetBelowUse, SetBudgetHandler.Decide(year, Set(5999.99m), Now).Refusal?.Code);
        Assert.False(SetBudgetHandler.Decide(year, Set(6000m), Now).IsRefused);
    }

    [Fact]
    public void Setting_the_same_amount_again_changes_nothing()
    {
        Assert.Empty(SetBudgetHandler.Decide(Budget(25000m), Set(25000m), Now).Changes);
    }
}
