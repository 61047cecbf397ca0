using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Invariants;

/// <summary>Invariant 2 of DESIGN.md, under real parallel requests: commitments + payments ≤ budget.</summary>
public class BudgetUnderConcurrencyTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Thirty_concurrent_approvals_that_fit_seven_times_commit_exactly_seven()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("8750.00");
        var ids = new List<string>();
        for (var i = 1; i <= 30; i++)
        {
            ids.Add(await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00", $"Z-2026-{i:0000}")));
        }

        var responses = await Task.WhenAll(ids.Select(id => bob.Post($"/api/referrals/{id}/approve", new { reason = "Toegekend" })));

        var committed = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(7, committed.Count);
        Assert.Equal(23, refused.Count);
        foreach (var response in refused)
        {
            await response.ShouldBeProblem(409, "budget-exhausted");
        }
        var statuses = await Task.WhenAll(ids.Select(async id => (await anna.GetJson($"/api/referrals/{id}")).Str("status")));
        Assert.Equal(7, statuses.Count(s => s == "Committed"));
        Assert.Equal(23, statuses.Count(s => s == "Requested"));

        var budget = (await bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("8750.00", "0.00"), (budget.Str("committed"), budget.Str("available")));

        var events = await App.Database.EventsAsync(
            "select type, data::text from {schema}.mt_events where stream_id = @stream order by seq_id",
            ("stream", "budget-year/bijzondere-bijstand/2026"));
        var sum = events.Where(e => e.Type == "funds_committed")
            .Sum(e => decimal.Parse(JsonNode.Parse(e.Data)!["amount"]!.ToJsonString(), CultureInfo.InvariantCulture));
        Assert.Equal(8750.00m, sum);
        Assert.Equal(7, events.Count(e => e.Type == "funds_committed"));
    }
}
