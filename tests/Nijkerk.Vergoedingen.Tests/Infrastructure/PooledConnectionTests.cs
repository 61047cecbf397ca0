using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Tests.Support;
using Npgsql;

namespace Nijkerk.Vergoedingen.Tests.Infrastructure;

/// <summary>
/// The ledger's pooled connections are handed on without Npgsql's reset (<c>No Reset On Close</c>): that holds
/// only while nothing the ledger does leaves state on a connection for its next user.
/// </summary>
public class PooledConnectionTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task A_connection_the_ledger_hands_back_to_its_pool_carries_no_session_state()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(1);
        var ids = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            ids.Add(await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-{i:0000}")));
        }
        // Approvals together (a group commit, a waitlist), a withdrawal that hands the slot on, reads.
        await Task.WhenAll(ids.Select(id => bob.Approve(id)));
        await (await anna.Post($"/api/referrals/{ids[0]}/withdraw", new { reason = "Stel trekt zich terug" })).ShouldBe(System.Net.HttpStatusCode.OK);
        await bob.GetJson("/api/allocation/2026");
        await bob.GetJson("/api/referrals?year=2026&scheme=houd-me-vast");

        var database = App.Services.GetRequiredService<IDocumentStore>().Storage.Database;
        var connections = new List<NpgsqlConnection>();
        try
        {
            // Every connection the pool holds, taken at once: each as the ledger's commands and reads left it.
            for (var i = 0; i < 12; i++)
            {
                var connection = database.CreateConnection();
                await connection.OpenAsync();
                connections.Add(connection);
            }
            Assert.True(new NpgsqlConnectionStringBuilder(connections[0].ConnectionString).NoResetOnClose);
            foreach (var connection in connections)
            {
                await using var command = new NpgsqlCommand(
                    "select (select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid())::int, " +
                    "(select count(*) from pg_class where relnamespace = pg_my_temp_schema())::int, " +
                    "(select string_agg(name, ', ') from pg_settings where source = 'session'), " +
                    "(select count(*) from pg_listening_channels())::int, " +
                    "(select count(*) from pg_cursors where name <> '')::int, " +
                    "current_setting('transaction_isolation')", connection);
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                Assert.Equal(
                    (0, 0, (string?)null, 0, 0, "read committed"),
                    (reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5)));
            }
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
