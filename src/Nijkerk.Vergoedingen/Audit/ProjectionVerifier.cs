using System.Text.Json.Nodes;
using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Npgsql;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>
/// A read model that is not what its events say: missing, unexpected, or different — and then in which
/// <see cref="Fields"/> (paths like <c>claims[0].amount</c>), which can be shown where the values, which may
/// be personal data, cannot.
/// </summary>
public sealed record ProjectionDifference(string Tenant, string Document, string Id, string Kind, string? Stored, string? Rebuilt)
{
    public IReadOnlyList<string> Fields { get; init; } = [];
}

/// <summary>
/// Invariant 7, checked: every read model is rebuilt in memory from its events (the same fold the inline
/// projection runs) and compared with what is stored; and every typed text that is not erased still
/// matches the digest its event keeps. Any difference is listed, nothing is changed.
/// </summary>
public sealed class ProjectionVerifier(IDocumentStore store)
{
    public async Task<IReadOnlyList<ProjectionDifference>> VerifyAsync(CancellationToken cancellation)
    {
        var differences = new List<ProjectionDifference>();
        foreach (var (tenant, streams) in await StreamsByTenantAsync(cancellation))
        {
            await using var session = store.QuerySession(tenant);
            // Named as it is stored and has always been reported: a referral.
            await CompareAsync<ReferralView>(session, tenant, streams, r => r.Id, differences, cancellation, nameof(Referral));
            await CompareAsync<QuotaYear>(session, tenant, streams, q => q.Id, differences, cancellation);
            await CompareAsync<BudgetYear>(session, tenant, streams, b => b.Id, differences, cancellation);
            await CompareAsync<Provider>(session, tenant, streams, p => p.Id, differences, cancellation);
            await CompareAsync<PaymentBatch>(session, tenant, streams, b => b.Id, differences, cancellation);
            await CompareAsync<Municipalities.Municipality>(session, tenant, streams, m => m.Id, differences, cancellation);
            await CompareTextsAsync(session, tenant, streams, differences, cancellation);
        }
        return differences;
    }

    /// <summary>An erased text may no longer match (that is what erasing is); a text that exists must, and must exist.</summary>
    private static async Task CompareTextsAsync(
        IQuerySession session, string tenant, IReadOnlyList<string> streams, List<ProjectionDifference> differences, CancellationToken cancellation)
    {
        foreach (var stream in streams)
        {
            var digests = (await session.Events.FetchStreamAsync(stream, token: cancellation)).SelectMany(e => PersonalTexts.In(e.Data)).ToList();
            var texts = digests.Count == 0 ? [] : (await session.LoadManyAsync<PersonalText>(cancellation, digests.Select(d => d.Id)))
                .ToDictionary(t => t.Id);
            foreach (var digest in digests)
            {
                var text = texts.GetValueOrDefault(digest.Id);
                if (text is null || (!text.Erased && !text.Matches(digest)))
                {
                    differences.Add(new ProjectionDifference(tenant, nameof(PersonalText), digest.Id, text is null ? "missing" : "different", null, null)
                    {
                        Fields = text is null ? [] : ["text"],
                    });
                }
            }
        }
    }

    private async Task CompareAsync<T>(
        IQuerySession session, string tenant, IReadOnlyList<string> streams, Func<T, string> idOf, List<ProjectionDifference> differences,
        CancellationToken cancellation, string? name = null) where T : class
    {
        var rebuilt = new Dictionary<string, T>();
        foreach (var stream in streams)
        {
            if (await session.Events.AggregateStreamAsync<T>(stream, token: cancellation) is { } document)
            {
                rebuilt[idOf(document)] = document;
            }
        }
        var stored = (await session.Query<T>().ToListAsync(cancellation)).ToDictionary(idOf);
        foreach (var id in rebuilt.Keys.Union(stored.Keys).Order())
        {
            var now = stored.TryGetValue(id, out var s) ? store.Options.Serializer().ToJson(s) : null;
            var then = rebuilt.TryGetValue(id, out var r) ? store.Options.Serializer().ToJson(r) : null;
            if (now is null || then is null || !JsonNode.DeepEquals(JsonNode.Parse(now), JsonNode.Parse(then)))
            {
                var kind = now is null ? "missing" : then is null ? "unexpected" : "different";
                differences.Add(new ProjectionDifference(tenant, name ?? typeof(T).Name, id, kind, now, then)
                {
                    Fields = now is null || then is null ? [] : [.. FieldsThatDiffer(JsonNode.Parse(now), JsonNode.Parse(then), "")],
                });
            }
        }
    }

    private static IEnumerable<string> FieldsThatDiffer(JsonNode? stored, JsonNode? rebuilt, string path)
    {
        if (stored is JsonObject a && rebuilt is JsonObject b)
        {
            return a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal)
                .SelectMany(key => FieldsThatDiffer(a[key], b[key], path.Length == 0 ? key : $"{path}.{key}"));
        }
        if (stored is JsonArray x && rebuilt is JsonArray y && x.Count == y.Count)
        {
            return Enumerable.Range(0, x.Count).SelectMany(i => FieldsThatDiffer(x[i], y[i], $"{path}[{i}]"));
        }
        return JsonNode.DeepEquals(stored, rebuilt) ? [] : [path];
    }

    private async Task<Dictionary<string, List<string>>> StreamsByTenantAsync(CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select tenant_id, id from {store.Options.Events.DatabaseSchemaName}.mt_streams where id <> 'mt_tombstone' order by tenant_id, id",
            connection);
        var streams = new Dictionary<string, List<string>>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var tenant = reader.GetString(0);
            if (!streams.TryGetValue(tenant, out var list))
            {
                streams[tenant] = list = [];
            }
            list.Add(reader.GetString(1));
        }
        return streams;
    }
}
