using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Tests.Support;
using Wolverine.Runtime;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

/// <summary>Of several nodes on one database exactly one runs the New Year; when it stops, another takes it over.</summary>
public class NewYearLeadershipTests(LedgerApp app) : LedgerTest(app)
{
    private readonly string _schema = $"lead_{Guid.NewGuid():N}"[..16];

    private WebApplicationFactory<Program> Node() => App.Host("Development", builder =>
    {
        builder.UseSetting("Ledger:Schema", _schema);
        builder.UseSetting("Ledger:DurabilityMode", "Balanced");
        builder.UseSetting("Ledger:NodeHeartbeat", "00:00:01");
        builder.UseSetting("Ledger:NodeStaleAfter", "00:00:04");
        builder.UseSetting("Quotas:ScheduleNewYear", "true");
    });

    private Task<long> AssignmentsAsync(string agent, Guid? node = null) => App.Database.ScalarAsync<long>(
        $"select count(*) from {_schema}.wolverine_node_assignments where id like @agent and (@node = '' or node_id::text = @node)",
        ("agent", $"{agent}%"), ("node", node?.ToString() ?? ""));

    /// <summary>
    /// New Years waiting for a later day. This year's, already due, is scheduled for now and waits as 'Scheduled'
    /// only until the durability agent polls — longer while that agent moves between nodes — so it is not counted.
    /// </summary>
    private Task<long> NewYearsWaitingAsync() => App.Database.ScalarAsync<long>(
        $"select count(*) from {_schema}.wolverine_incoming_envelopes where message_type ilike '%OpenYear%' and status = 'Scheduled' and execution_time > now()");

    private static Guid Id(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<IWolverineRuntime>().Options.UniqueNodeId;

    [Fact]
    public async Task One_of_two_nodes_runs_the_new_year_and_the_other_takes_it_over_when_that_one_stops()
    {
        try
        {
            var first = Node();
            _ = first.Server;
            await using var second = Node();
            _ = second.Server;

            await Eventually.Holds(async () => await AssignmentsAsync("calendar:") == 1, "one node holds the New Year");
            var holder = await AssignmentsAsync("calendar:", Id(first)) == 1 ? first : second;
            var other = holder == first ? second : first;
            // Next year's New Year waits once per municipality, however many nodes started.
            await Eventually.Holds(async () => await NewYearsWaitingAsync() == 8, "one New Year per municipality is scheduled");

            await holder.DisposeAsync();

            await Eventually.Holds(async () => await AssignmentsAsync("calendar:", Id(other)) == 1, "the other node holds the New Year");
            Assert.Equal(1, await AssignmentsAsync("calendar:"));
            Assert.Equal(8, await NewYearsWaitingAsync());
            await first.DisposeAsync();
        }
        finally
        {
            await App.Database.ScalarAsync<int>($"drop schema if exists {_schema} cascade; select 1");
        }
    }
}
