using System.Data;
using System.Runtime.CompilerServices;
using Marten;
using Nijkerk.Vergoedingen.Infrastructure;
using Npgsql;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>One stored event, as PostgreSQL holds it: the raw material of seals and audit trails.</summary>
public sealed record StoredEvent(long Sequence, string Id, string Stream, long Version, string Type, DateTimeOffset Timestamp, string Data)
{
    public string? CorrelationId { get; init; }
}

/// <summary>
/// The events of one municipality's year: those of its quota and budget streams, and those of every
/// referral that belonged to it — requested for the year, or carried over into it — in sequence order.
/// Read straight from the event table, so a seal is checked against what is stored, not a projection.
/// </summary>
public sealed class YearLedger(IDocumentStore store)
{
    /// <summary>The year's events in a list; for trails and seals of any size, <see cref="StreamAsync"/>.</summary>
    public async Task<IReadOnlyList<StoredEvent>> EventsAsync(
        string tenant, int year, long? upToSequence, string? scheme, CancellationToken cancellation)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in StreamAsync(tenant, year, upToSequence, scheme, cancellation))
        {
            events.Add(e);
        }
        return events;
    }

    /// <summary>
    /// The year's events one by one as PostgreSQL sends them, so a seal or an export of any year runs in
    /// the memory of one event.
    /// </summary>
    public async IAsyncEnumerable<StoredEvent> StreamAsync(
        string tenant, int year, long? upToSequence, string? scheme, [EnumeratorCancellation] CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = Select(connection, tenant, year, upToSequence, scheme, "");
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            yield return Read(reader);
        }
    }

    /// <summary>One page of the year's events, in order, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<StoredEvent> Events, long Total)> PageAsync(
        string tenant, int year, string? scheme, int page, int size, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = Select(connection, tenant, year, null, scheme, ", count(*) over ()", "limit @size offset @skip");
        command.Parameters.AddWithValue("size", size);
        command.Parameters.AddWithValue("skip", (long)(page - 1) * size);
        var events = new List<StoredEvent>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            events.Add(Read(reader));
            total = reader.GetInt64(8);
        }
        if (events.Count == 0 && page > 1)
        {
            // Past the last page the window counts nothing; the count itself is still asked for.
            total = (await PageAsync(tenant, year, scheme, 1, 1, cancellation)).Total;
        }
        return (events, total);
    }

    private NpgsqlCommand Select(NpgsqlConnection connection, string tenant, int year, long? upToSequence, string? scheme, string extra, string tail = "")
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        var sql = $"""
            with members as (
                select stream_id from {schema}.mt_events
                 where tenant_id = @tenant
                   and ((type = @requested and (data->>'year')::int = @year)
                     or (type = @carried and (data->>'toYear')::int = @year))
                union
                select id from {schema}.mt_streams
                 where tenant_id = @tenant and id like '%-year/%/' || @year::text)
            select e.seq_id, e.id::text, e.stream_id, e.version, e.type, e.timestamp, e.data::text, e.correlation_id{extra}
              from {schema}.mt_events e
             where e.tenant_id = @tenant
               and e.stream_id in (select stream_id from members)
               and (@upTo::bigint is null or e.seq_id <= @upTo)
               and (@scheme::text is null or exists (
                    select 1 from {schema}.mt_events s
                     where s.tenant_id = @tenant and s.stream_id = e.stream_id
                       and s.version = 1 and s.data->>'scheme' = @scheme))
             order by e.seq_id
             {tail}
            """;
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("requested", store.EventTypeName<Referrals.TrainingRequested>());
        command.Parameters.AddWithValue("carried", store.EventTypeName<ReferralCarriedOver>());
        command.Parameters.Add(new NpgsqlParameter("upTo", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)upToSequence ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scheme", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)scheme ?? DBNull.Value });
        return command;
    }

    private static StoredEvent Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6))
    {
        CorrelationId = reader.IsDBNull(7) ? null : reader.GetString(7),
    };
}
