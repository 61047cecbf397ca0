using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Drill;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Tests.Support;
using Npgsql;
using Wolverine;

namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>
/// The app as one node on a schema of its own, for the simulation: its connections carry an application
/// name, so a fault can end exactly them (<c>pg_terminate_backend</c>), and it can be stopped and started
/// between steps. Reservations expire after 14 days of the fake clock, which the simulation moves.
/// </summary>
public sealed class SimulatedLedger(LedgerApp app) : IAsyncDisposable
{
    public static readonly string[] Tenants = ["nijkerk", "barneveld"];

    private readonly string _schema = $"sim_{Guid.NewGuid():N}"[..16];

    // Its own name, so a fault ends this ledger's connections and never those of another run on the same server.
    private string ApplicationName => $"ledger-{_schema}";
    private readonly ConcurrentDictionary<(string Tenant, string User), string> _tokens = new();
    private readonly ConcurrentDictionary<(string Tenant, string User), HttpClient> _clients = new();
    private readonly NpgsqlDataSource _database = NpgsqlDataSource.Create(app.Database.ConnectionString);
    private WebApplicationFactory<Program>? _host;

    public WebApplicationFactory<Program> Host => _host ?? throw new InvalidOperationException("Start the ledger first.");

    public void Start()
    {
        _host = app.Host("Development", builder =>
        {
            builder.UseSetting("ConnectionStrings:Ledger", $"{app.Database.ConnectionString};Application Name={ApplicationName}");
            builder.UseSetting("Ledger:Schema", _schema);
            builder.UseSetting("Ledger:DurabilityMode", "Solo");
            builder.UseSetting("Quotas:ReservationExpiry", "14.00:00:00");
            builder.UseSetting("RateLimits:Api:PermitLimit", "100000000");
        });
        _ = _host.Server;
        _clients.Clear();
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    private async Task StopAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        _clients.Clear();
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    /// <summary>
    /// Empty data, as a new deployment has: no events, no documents, no messages (one TRUNCATE, far quicker
    /// than deleting table by table, which matters over a thousand histories); the municipalities seeded again.
    /// The Data Protection keys and Wolverine's node registry stay, as they would for a node that keeps running.
    /// </summary>
    public async Task ResetAsync(Coverage coverage)
    {
        var time = System.Diagnostics.Stopwatch.StartNew();
        await using (var tables = _database.CreateCommand("""
            select string_agg(format('%I.%I', schemaname, tablename), ', ') from pg_tables
            where schemaname = @schema and tablename <> 'mt_doc_dataprotectionkey'
              and (tablename like 'mt\_%' or tablename in ('wolverine_incoming_envelopes', 'wolverine_outgoing_envelopes', 'wolverine_dead_letters'))
            """))
        {
            tables.Parameters.AddWithValue("schema", _schema);
            var all = (string)(await tables.ExecuteScalarAsync())!;
            // The node's own background work (outbox, scheduled messages) may hold a table the truncate waits
            // for, in the other order: PostgreSQL then ends one of the two, and the reset simply goes again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var truncate = _database.CreateCommand($"truncate table {all}; alter sequence {_schema}.mt_events_sequence restart with 1");
                    await truncate.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected && attempt < 10)
                {
                    coverage.Fault("reset: deadlock with the node's background work, tried again");
                }
            }
        }
        coverage.Took("reset: truncate", time.Elapsed);
        time.Restart();
        var municipalities = Host.Services.GetRequiredService<MunicipalityDirectory>();
        municipalities.Forget();
        await municipalities.EnsureSeededAsync(CancellationToken.None);
        coverage.Took("reset: municipalities", time.Elapsed);
    }

    /// <summary>A user of a municipality with these roles, signed in through /dev/token.</summary>
    public async Task<HttpClient> As(string tenant, string user, params string[] roles)
    {
        if (_clients.TryGetValue((tenant, user), out var client))
        {
            return client;
        }
        if (!_tokens.TryGetValue((tenant, user), out var token))
        {
            using var anonymous = Host.CreateClient();
            var response = await anonymous.PostAsJsonAsync("/dev/token", new { user, roles, tenant });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
            _tokens[(tenant, user)] = token;
        }
        client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _clients.GetOrAdd((tenant, user), client);
    }

    public Task<List<Stored>> EventsAsync(string tenant) => Checks.EventsAsync(_database, _schema, tenant);

    /// <summary>Ends every connection of the app in the middle of whatever it does, as a failover or an administrator would.</summary>
    public async Task<int> TerminateBackendsAsync()
    {
        await using var command = _database.CreateCommand(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = @name and pid <> pg_backend_pid()");
        command.Parameters.AddWithValue("name", ApplicationName);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Delivers a message to its handler in this node, for a municipality, as the scheduler would.</summary>
    public async Task InvokeAsync(string tenant, object message)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(tenant, message);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        // Other runs on the same server drop their schemas too; two drops can meet in a deadlock, and go again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = _database.CreateCommand($"drop schema if exists {_schema} cascade");
                await drop.ExecuteNonQueryAsync();
                break;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected && attempt < 10)
            {
            }
        }
        await _database.DisposeAsync();
    }
}
