using System.Text.Json.Nodes;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Tests.Support;
using Npgsql;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Tests.Upgrade;

/// <summary>
/// A database as an earlier commit left it (a fixture made by ops/fixture: its dump and what its views
/// answered), restored into a database of its own and opened by the current code, at the instant the
/// fixture's history ended.
/// </summary>
public sealed class UpgradedLedger : IAsyncDisposable
{
    private readonly LedgerDatabase _server;
    private readonly string _database;
    private readonly WebApplicationFactory<Program> _host;

    private UpgradedLedger(LedgerDatabase server, string database, JsonObject manifest, WebApplicationFactory<Program> host)
    {
        (_server, _database, Manifest, _host) = (server, database, manifest, host);
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Upgrade", "Fixtures");

    /// <summary>Every fixture, by the commit that made it.</summary>
    public static TheoryData<string> Fixtures() => [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    public JsonObject Manifest { get; }

    public IServiceProvider Services => _host.Services;

    public Instant Now => InstantPattern.ExtendedIso.Parse(Manifest["now"]!.GetValue<string>()).Value;

    public static async Task<UpgradedLedger> OpenAsync(string commit)
    {
        TestLogs.Start();
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, $"{commit}.json")))!.AsObject();
        var server = await LedgerDatabase.StartAsync();
        var database = $"upgrade_{Guid.NewGuid():N}"[..20];
        await ExecuteAsync(server.ConnectionString, $"create database {database}");
        var connection = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString;
        await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(Folder, $"{commit}.sql")));

        var clock = new FakeClock(InstantPattern.ExtendedIso.Parse(manifest["now"]!.GetValue<string>()).Value);
        JasperFxEnvironment.AutoStartHost = true;
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Ledger", connection);
            builder.UseSetting("Ledger:Schema", manifest["schema"]!.GetValue<string>());
            builder.UseSetting("Ledger:DurabilityMode", "Solo");
            builder.UseSetting("Auth:SigningKey", LedgerApp.TestSigningKey);
            builder.UseSetting("HoudMeVast:Endpoint", "");
            builder.UseSetting("Quotas:ScheduleNewYear", "false");
            builder.UseSetting("RateLimits:Api:PermitLimit", "100000");
            builder.ConfigureLogging(TestLogs.Configure);
            builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock));
        });
        _ = host.Server;
        return new UpgradedLedger(server, database, manifest, host);
    }

    public Task<HttpClient> SignIn(string user, string role, string tenant = "nijkerk") => _host.SignIn(user, role, tenant);

    public string Referral(string name) => Manifest["referrals"]![name]!["id"]!.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server.ConnectionString, $"drop database if exists {_database} with (force)");
        await _server.DisposeAsync();
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }
}
