using Marten;
using Npgsql;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>
/// Stored year snapshots from before the waitlist left them kept the line itself. On start, each such snapshot
/// keeps the count of its line instead, as folding its events now gives it (verify-projections compares the
/// two); the line's order was always in the event log (<see cref="WaitingLine"/>). The statement finds nothing
/// to change once done, so every node runs it on every start, and a node that cannot reach the database does
/// not start, as with the schema.
/// </summary>
public sealed class WaitingLineUpgrade(IDocumentStore store, ILogger<WaitingLineUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = store.Storage.Database;
        await database.EnsureStorageExistsAsync(typeof(QuotaYear), cancellationToken);
        var years = store.Options.FindOrResolveDocumentType(typeof(QuotaYear)).TableName.QualifiedName;
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            update {years} set data = (data - 'waitlist') || jsonb_build_object('waiting', jsonb_array_length(data -> 'waitlist'))
            where data ? 'waitlist'
            """, connection);
        if (await command.ExecuteNonQueryAsync(cancellationToken) is > 0 and var counted)
        {
            logger.LogInformation("{Years} year snapshots keep the count of their waitlist instead of the line", counted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
