using Npgsql;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// Every table the ledger writes — the events, the streams and every Marten document table — as a row
/// count and a hash of its rows, so a test can show that a refused command changed nothing at all.
/// </summary>
public sealed record LedgerSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    /// <summary>The tables whose rows differ from <paramref name="before"/>, with their counts.</summary>
    public IReadOnlyList<string> ChangesSince(LedgerSnapshot before) =>
    [
        .. Tables.Keys.Union(before.Tables.Keys).Order()
            .Where(t => Tables.GetValueOrDefault(t) != before.Tables.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.Tables.GetValueOrDefault(t).Rows} rows before, {Tables.GetValueOrDefault(t).Rows} after"),
    ];

    public static async Task<LedgerSnapshot> TakeAsync(LedgerDatabase database, string? schema = null)
    {
        schema ??= database.Schema;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = @schema and table_type = 'BASE TABLE' " +
            "and (table_name in ('mt_events', 'mt_streams') or table_name like 'mt_doc_%') " +
            // The hosts' own key ring, which a node writes when it starts, is no part of the ledger; nor are
            // the access records of the page a refused form was posted from: reads write them, commands never;
            // nor the calendar's markers, which whichever node takes up the calendar writes when it does.
            "and table_name not in ('mt_doc_dataprotectionkey', 'mt_doc_accessrecord', 'mt_doc_retentionscheduled', 'mt_doc_newyearscheduled') " +
            "order by table_name", connection))
        {
            list.Parameters.AddWithValue("schema", schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var snapshot = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand(
                $"select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from {schema}.{table} t", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            await reader.ReadAsync();
            snapshot[table] = (reader.GetInt64(0), reader.GetString(1));
        }
        return new LedgerSnapshot(snapshot);
    }
}

public static class LedgerSnapshots
{
    public static Task<LedgerSnapshot> SnapshotAsync(this LedgerApp app) => LedgerSnapshot.TakeAsync(app.Database);

    /// <summary>Asserts that no table of the ledger changed since the snapshot, and names those that did.</summary>
    public static async Task ShouldBeUnchangedSince(this LedgerApp app, LedgerSnapshot before)
    {
        var changes = (await app.SnapshotAsync()).ChangesSince(before);
        Assert.True(changes.Count == 0, "A refused command changed the ledger:\n" + string.Join("\n", changes));
    }
}
