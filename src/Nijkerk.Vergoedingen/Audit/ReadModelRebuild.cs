using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using Marten;
using Marten.Events;
using Marten.Events.Aggregation;
using JasperFx.Events.Projections;
using Nijkerk.Vergoedingen.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>What a rebuild did: documents written per read model, events read, and how long it took.</summary>
public sealed record ReadModelRebuildResult(IReadOnlyDictionary<string, int> Documents, long Events, TimeSpan Took);

/// <summary>
/// Every inline read model rebuilt from the events in one pass. Marten's daemon rebuilds one projection at
/// a time, reading every event for each and upserting its documents row by row; here the events are read
/// once, in order of sequence, each folded into its stream's documents by Marten's own aggregator (the fold
/// the inline projection and <see cref="ProjectionVerifier"/> run), and each table is then emptied and
/// filled with binary COPY, its indexes built after. One transaction: appends wait from the first read, readers
/// only while the tables are refilled, and a failed rebuild changes nothing. A document's version is its
/// stream's, as the inline projection stores it.
/// </summary>
public sealed class ReadModelRebuild(IDocumentStore store)
{
    /// <summary>The columns Marten gives these tables; one more (a duplicated field) needs Marten's own rebuild.</summary>
    private static readonly string[] Columns = ["tenant_id", "id", "data", "mt_last_modified", "mt_dotnet_type", "mt_version"];

    private readonly IReadModel[] _models = [.. ReadModels(store)];

    /// <summary>The document types rebuilt here: those of every projection Marten keeps (not the live ones).</summary>
    public IReadOnlyList<Type> DocumentTypes => [.. _models.Select(m => m.DocumentType)];

    private static IEnumerable<IReadModel> ReadModels(IDocumentStore store)
    {
        foreach (var projection in ((StoreOptions)store.Options).Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live))
        {
            // Folded per stream: what Marten's aggregator for the document gives, stream by stream.
            if (!IsSingleStream(projection.GetType()))
            {
                throw new InvalidOperationException($"{projection.GetType().Name} is not made from one stream at a time; use `projections rebuild`.");
            }
            // A stream the inline fold never sees makes no document (ProjectionVerifier, which folds every stream, says
            // so of the stored views): it is not folded here either.
            Func<string, bool> foldsFrom = projection is IStreamFold fold ? fold.FoldsFrom : _ => true;
            foreach (var type in projection.PublishedTypes())
            {
                yield return (IReadModel)Activator.CreateInstance(typeof(ReadModel<>).MakeGenericType(type), store, foldsFrom)!;
            }
        }
    }

    private static bool IsSingleStream(Type? type) =>
        type is not null && ((type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SingleStreamProjection<,>)) || IsSingleStream(type.BaseType));

    public async Task<ReadModelRebuildResult> RunAsync(CancellationToken cancellation)
    {
        var started = Stopwatch.StartNew();
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        // SHARE lets readers of the events in and keeps appends out, so no event lands between the read and the commit.
        await ExecuteAsync(connection, $"lock table {schema}.mt_events in share mode", cancellation);
        foreach (var model in _models)
        {
            await model.CheckColumnsAsync(connection, cancellation);
        }

        long events = 0;
        var mappings = store.EventMappingsByName();
        var serializer = store.Options.Serializer();
        // A session per municipality, for the folds that take one; all on this connection and transaction.
        var sessions = new Dictionary<string, IQuerySession>();
        // Each event folded into its stream's documents as it comes: a document per stream is held, never the events.
        var streams = new Dictionary<(string Tenant, string Key), (long Version, object?[] Documents)>();
        try
        {
            // One pass over every municipality's events in the order they were appended: what a raw scan of the table reads.
            await using var command = new NpgsqlCommand(
                $"select data, type, stream_id, version, seq_id, timestamp, id, tenant_id from {schema}.mt_events " +
                "where is_archived = false and stream_id <> 'mt_tombstone' order by seq_id", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                var tenant = reader.GetString(7);
                var e = Read(reader, mappings, serializer, tenant);
                if (!sessions.TryGetValue(tenant, out var session))
                {
                    var options = Marten.Services.SessionOptions.ForTransaction(transaction);
                    options.TenantId = tenant;
                    sessions[tenant] = session = store.QuerySession(options);
                }
                var key = (tenant, e.StreamKey!);
                var documents = streams.TryGetValue(key, out var stream) ? stream.Documents : new object?[_models.Length];
                for (var i = 0; i < _models.Length; i++)
                {
                    if (_models[i].FoldsFrom(e.StreamKey!))
                    {
                        documents[i] = await _models[i].EvolveAsync(session, documents[i], e, cancellation);
                    }
                }
                streams[key] = (e.Version, documents);
                events++;
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                await session.DisposeAsync();
            }
        }
        for (var i = 0; i < _models.Length; i++)
        {
            _models[i].Keep(streams.Where(s => s.Value.Documents[i] is not null).Select(s => (s.Key.Tenant, s.Key.Key, s.Value.Version, s.Value.Documents[i]!)));
        }

        foreach (var model in _models)
        {
            await model.WriteAsync(connection, cancellation);
        }
        await transaction.CommitAsync(cancellation);
        return new ReadModelRebuildResult(_models.ToDictionary(m => m.DocumentType.Name, m => m.Written), events, started.Elapsed);
    }

    /// <summary>An event as Marten reads one: its data through the type's mapping (with an upcaster's transformation where one is set), and its metadata.</summary>
    private static IEvent Read(NpgsqlDataReader reader, Dictionary<string, EventMapping> mappings, ISerializer serializer, string tenant)
    {
        var type = reader.GetString(1);
        if (!mappings.TryGetValue(type, out var mapping))
        {
            throw new InvalidOperationException($"An event of type {type} is not one this rebuild knows; use `projections rebuild`.");
        }
        var e = mapping.ReadEventData(serializer, reader);
        e.EventTypeName = type;
        e.StreamKey = reader.GetString(2);
        e.Version = reader.GetInt64(3);
        e.Sequence = reader.GetInt64(4);
        e.Timestamp = reader.GetFieldValue<DateTimeOffset>(5);
        e.Id = reader.GetGuid(6);
        e.TenantId = tenant;
        return e;
    }

    /// <summary>The first column of every row the query gives, with its parameters $1, $2, … as given.</summary>
    private static async Task<List<string>> ReadStringsAsync(NpgsqlConnection connection, string sql, object[] parameters, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private interface IReadModel
    {
        Type DocumentType { get; }

        int Written { get; }

        bool FoldsFrom(string streamKey);

        Task CheckColumnsAsync(NpgsqlConnection connection, CancellationToken cancellation);

        ValueTask<object?> EvolveAsync(IQuerySession session, object? document, IEvent e, CancellationToken cancellation);

        void Keep(IEnumerable<(string Tenant, string Id, long Version, object Document)> documents);

        Task WriteAsync(NpgsqlConnection connection, CancellationToken cancellation);
    }

    /// <summary>One read model: its documents, serialized as they are folded, until its table is refilled.</summary>
    private sealed class ReadModel<T>(IDocumentStore store, Func<string, bool> foldsFrom) : IReadModel where T : class
    {
        // The options Marten was configured with: its aggregators are not on the read-only view.
        private readonly StoreOptions _options = (StoreOptions)store.Options;
        private readonly List<(string Tenant, string Id, long Version, string Json)> _rows = [];
        private IAggregator<T, IQuerySession>? _aggregator;

        public Type DocumentType => typeof(T);

        public int Written { get; private set; }

        public bool FoldsFrom(string streamKey) => foldsFrom(streamKey);

        private Weasel.Core.DbObjectName Table { get; } = store.Options.FindOrResolveDocumentType(typeof(T)).TableName;

        public async Task CheckColumnsAsync(NpgsqlConnection connection, CancellationToken cancellation)
        {
            var columns = await ReadStringsAsync(connection,
                "select column_name from information_schema.columns where table_schema = $1 and table_name = $2", [Table.Schema, Table.Name], cancellation);
            if (!columns.Order().SequenceEqual(Columns.Order()))
            {
                throw new InvalidOperationException(
                    $"{Table.QualifiedName} has the columns {string.Join(", ", columns)}; this rebuild writes {string.Join(", ", Columns)}. Use `projections rebuild`.");
            }
        }

        public async ValueTask<object?> EvolveAsync(IQuerySession session, object? document, IEvent e, CancellationToken cancellation) =>
            await (_aggregator ??= _options.Projections.AggregatorFor<T>()).BuildAsync([e], session, (T?)document, cancellation);

        public void Keep(IEnumerable<(string Tenant, string Id, long Version, object Document)> documents) =>
            _rows.AddRange(documents.Select(d => (d.Tenant, d.Id, d.Version, _options.Serializer().ToJson(d.Document))));

        /// <summary>Empties the table, copies the documents in and builds its indexes after, as they were (names and all, so Marten's schema check sees no change).</summary>
        public async Task WriteAsync(NpgsqlConnection connection, CancellationToken cancellation)
        {
            var table = Table.QualifiedName;
            // What builds the table's constraints and indexes as they are, and what drops them, in the same order.
            const string Others = "from pg_index where indrelid = $1::regclass and not exists (select 1 from pg_constraint where conindid = indexrelid)";
            var rebuild = await ReadStringsAsync(connection,
                "select 'alter table ' || $1 || ' add constraint ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid) from pg_constraint " +
                $"where conrelid = $1::regclass union all select pg_get_indexdef(indexrelid) {Others}", [table], cancellation);
            var drop = await ReadStringsAsync(connection,
                "select 'alter table ' || $1 || ' drop constraint ' || quote_ident(conname) from pg_constraint " +
                $"where conrelid = $1::regclass union all select 'drop index ' || indexrelid::regclass {Others}", [table], cancellation);

            await ExecuteAsync(connection, string.Join("; ", [$"truncate {table}", .. drop]), cancellation);
            await using (var copy = await connection.BeginBinaryImportAsync(
                             $"copy {table} (tenant_id, id, data, mt_dotnet_type, mt_version) from stdin (format binary)", cancellation))
            {
                foreach (var (tenant, id, version, json) in _rows)
                {
                    // Written synchronously: a value only fills Npgsql's buffer, which is sent when full.
                    copy.StartRow();
                    copy.Write(tenant, NpgsqlDbType.Varchar);
                    copy.Write(id, NpgsqlDbType.Varchar);
                    copy.Write(json, NpgsqlDbType.Jsonb);
                    copy.Write(typeof(T).FullName!, NpgsqlDbType.Varchar);
                    copy.Write(version, NpgsqlDbType.Bigint);
                }
                await copy.CompleteAsync(cancellation);
            }
            if (rebuild.Count > 0)
            {
                await ExecuteAsync(connection, string.Join("; ", rebuild), cancellation);
            }
            Written = _rows.Count;
            _rows.Clear();
        }
    }
}
