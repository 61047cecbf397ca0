using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// A real PostgreSQL for the tests: a Testcontainers one where Docker runs, else the server ops/test
/// started (LEDGER_TEST_POSTGRES). Each test run gets its own schema, dropped at the end.
/// </summary>
public sealed class LedgerDatabase : IAsyncDisposable
{
    public const string ServerVariable = "LEDGER_TEST_POSTGRES";

    private PostgreSqlContainer? _container;

    public string ConnectionString { get; private set; } = "";

    public string Schema { get; } = $"test_{Guid.NewGuid():N}"[..17];

    public static async Task<LedgerDatabase> StartAsync()
    {
        var database = new LedgerDatabase();
        try
        {
            database._container = new PostgreSqlBuilder("postgres:15-alpine").WithCommand("-c", "max_connections=300").Build();
            await database._container.StartAsync();
            database.ConnectionString = database._container.GetConnectionString();
        }
        catch (Exception e) when (e is DockerUnavailableException || Fallback() is not null)
        {
            database._container = null;
            database.ConnectionString = Fallback()
                ?? throw new InvalidOperationException($"No Docker engine for Testcontainers and no {ServerVariable}: run the tests with ops/test.", e);
        }
        return database;
    }

    private static string? Fallback() => Environment.GetEnvironmentVariable(ServerVariable);

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Schema), connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<(string Type, string Data)>> EventsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Schema), connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
            return;
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {Schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
