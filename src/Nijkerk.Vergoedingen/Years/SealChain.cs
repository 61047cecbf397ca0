using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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

    public static string Next(string hash, StoredEvent e)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(hash));
        sha.AppendData(CanonicalBytes(e));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string Canonical(StoredEvent e) => Encoding.UTF8.GetString(CanonicalBytes(e));

    /// <summary>
    /// Written straight from the parsed body with the serializer's default escaping, members in ordinal
    /// order and numbers as stored: the same bytes as sorting a JSON tree and printing it, at a fraction
    /// of the cost, so that a seal of a year of any size runs near the speed PostgreSQL reads it.
    /// </summary>
    private static byte[] CanonicalBytes(StoredEvent e)
    {
        using var data = JsonDocument.Parse(e.Data);
        var buffer = new ArrayBufferWriter<byte>(e.Data.Length + 256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            WriteSorted(json, data.RootElement);
            json.WriteString("id", e.Id);
            json.WriteNumber("sequence", e.Sequence);
            json.WriteString("stream", e.Stream);
            json.WriteString("timestamp", e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("type", e.Type);
            json.WriteNumber("version", e.Version);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSorted(Utf8JsonWriter json, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    json.WritePropertyName(property.Name);
                    WriteSorted(json, property.Value);
                }
                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteSorted(json, item);
                }
                json.WriteEndArray();
                break;
            case JsonValueKind.String:
                json.WriteStringValue(element.GetString());
                break;
            default:
                element.WriteTo(json);
                break;
        }
    }
}
