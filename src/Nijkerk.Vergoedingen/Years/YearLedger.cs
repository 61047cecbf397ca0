using Marten;
using Nijkerk.Vergoedingen.Hosting;
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
    public async Task<IReadOnlyList<StoredEvent>> EventsAsync(
        string tenant, int year, long? upToSequence, string? scheme, CancellationToken cancellation)
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
            select e.seq_id, e.id::text, e.stream_id, e.version, e.type, e.timestamp, e.data::text, e.correlation_id
              from {schema}.mt_events e
             where e.tenant_id = @tenant
               and e.stream_id in (select stream_id from members)
               and (@upTo::bigint is null or e.seq_id <= @upTo)
               and (@scheme::text is null or exists (
                    select 1 from {schema}.mt_events s
                     where s.tenant_id = @tenant and s.stream_id = e.stream_id
                       and s.version = 1 and s.data->>'scheme' = @scheme))
             order by e.seq_id
            """;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("requested", store.EventTypeName<Referrals.TrainingRequested>());
        command.Parameters.AddWithValue("carried", store.EventTypeName<ReferralCarriedOver>());
        command.Parameters.Add(new NpgsqlParameter("upTo", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)upToSequence ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scheme", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)scheme ?? DBNull.Value });
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            events.Add(new StoredEvent(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6))
            {
                CorrelationId = reader.IsDBNull(7) ? null : reader.GetString(7),
            });
        }
        return events;
    }
}
