using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>The running hash after each sealed event, kept so a broken seal can point at the first change.</summary>
public sealed record SealManifest(string Id, string Hash, IReadOnlyList<SealLink> Links)
{
    public static string IdFor(int year) => $"seal/{year}";
}

public sealed record SealLink(long Sequence, string Hash);

/// <summary>
/// SHA-256 chained over events: h₀ is the previous year's seal (or empty), hₙ = SHA-256(hₙ₋₁ ‖ canonical(eₙ)).
/// The canonical form is JSON with keys in ordinal order and no whitespace, of the event's sequence, id,
/// stream, version, type, timestamp (UTC, microseconds) and data — independent of how PostgreSQL
/// happens to print it.
/// </summary>
public static class SealChain
{
    public static IReadOnlyList<SealLink> Links(string? previousHash, IEnumerable<StoredEvent> events)
    {
        var links = new List<SealLink>();
        var hash = previousHash ?? "";
        foreach (var e in events)
        {
            hash = Next(hash, e);
            links.Add(new SealLink(e.Sequence, hash));
        }
        return links;
    }

    /// <summary>The chain's last hash and length, keeping no event longer than it takes to hash it.</summary>
    public static async Task<(string? Hash, int Events)> HashAsync(string? previousHash, IAsyncEnumerable<StoredEvent> events)
    {
        var (hash, count) = (previousHash ?? "", 0);
        await foreach (var e in events)
        {
            hash = Next(hash, e);
            count++;
        }
        return (count == 0 ? null : hash, count);
    }

    public static string Next(string hash, StoredEvent e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash + Canonical(e))));

    public static string Canonical(StoredEvent e)
    {
        var node = new JsonObject
        {
            ["data"] = JsonNode.Parse(e.Data),
            ["id"] = e.Id,
            ["sequence"] = e.Sequence,
            ["stream"] = e.Stream,
            ["timestamp"] = e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["type"] = e.Type,
            ["version"] = e.Version,
        };
        return Sorted(node)!.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
