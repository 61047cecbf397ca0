using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Budgets;

public class SetBudgetTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Setting_a_budget_answers_with_its_allocation_entry_in_exact_euros()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        var entry = await (await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "25000.5", reason = "Begroting 2026" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("bijzondere-bijstand", "budget", "25000.50", "25000.50"), (entry.Str("scheme"), entry.Str("kind"), entry.Str("budget"), entry.Str("available")));
    }

    [Fact]
    public async Task The_budget_cannot_go_below_what_is_committed()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("5000.00");
        await anna.ApprovedReferral(bob, Steps.BijzondereBijstand("1450.00", "200.00"));
        var before = await App.EventCountAsync();

        var response = await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "1249.99", reason = "Bezuiniging" });

        await response.ShouldBeProblem(409, "budget-below-use");
        Assert.Equal(before, await App.EventCountAsync());
        await (await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "1250.00", reason = "Bezuiniging" })).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_quota_scheme_has_no_budget()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        await (await bob.Put("/api/budgets/houd-me-vast/2026", new { amount = "100.00", reason = "x" })).ShouldBeProblem(400, "validation");
    }
}
