using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

/// <summary>The input rules of quotas and budgets, as their factories decide them for API and screens.</summary>
public class QuotaAndBudgetRulesTests
{
    private static (string Field, string Rule) Only<T>(Checked<T> command) where T : class
    {
        Assert.Null(command.Command);
        var error = Assert.Single(command.Refusal!.Errors);
        return (error.Field, error.Rule);
    }

    [Theory]
    [InlineData(2024, Rules.YearTooEarly)]
    [InlineData(2032, Rules.YearTooLate)]
    public void Quotas_and_budgets_are_set_for_last_year_until_five_years_ahead(int year, string rule)
    {
        Assert.Equal(("year", rule), Only(SetQuota.Create(Scheme.HoudMeVast, year, 10, "Afspraak", Bob, Now)));
        Assert.Equal(("year", rule), Only(SetBudget.Create(Scheme.BijzondereBijstand, year, 1000m, "Begroting", Bob, Now)));
        Assert.NotNull(SetQuota.Create(Scheme.HoudMeVast, 2025, 10, "Correctie", Bob, Now).Command);
        Assert.NotNull(SetBudget.Create(Scheme.BijzondereBijstand, 2031, 0m, "Raming", Bob, Now).Command);
    }

    [Fact]
    public void A_quota_is_a_count_of_0_to_1000_with_a_reason_and_only_for_a_count_scheme()
    {
        Assert.Equal(("capacity", Rules.OutOfRange), Only(SetQuota.Create(Scheme.HoudMeVast, 2026, 1001, "Afspraak", Bob, Now)));
        Assert.Equal(("reason", Rules.TooLong), Only(SetQuota.Create(Scheme.HoudMeVast, 2026, 10, new string('r', 2001), Bob, Now)));
        Assert.Equal(("scheme", Rules.NotForScheme), Only(SetQuota.Create(Scheme.BijzondereBijstand, 2026, 10, "Afspraak", Bob, Now)));
        Assert.Equal(("amount", Rules.Negative), Only(SetBudget.Create(Scheme.BijzondereBijstand, 2026, -1m, "Begroting", Bob, Now)));
    }
}
