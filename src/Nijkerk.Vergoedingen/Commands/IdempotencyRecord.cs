using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Nijkerk.Vergoedingen.Commands;

/// <summary>
/// "This request was done, and this was its outcome." Keyed by a hash of municipality, user and
/// Idempotency-Key (<see cref="IdempotencyKey.For"/>), or by a command's own id; <see cref="RequestHash"/>
/// tells a true retry from a reused key.
/// </summary>
public sealed record IdempotencyRecord(string Id, string RequestHash, StoredOutcome Answer, Instant At);

/// <summary>The outcome's value as JSON, so a replay answers with the same value.</summary>
public sealed record StoredOutcome(string Json);

/// <summary>Where the first outcome of a request is kept, and what was asked: the request's method, path and body, hashed.</summary>
public sealed record IdempotencyKey(string RecordId, string RequestHash)
{
    /// <summary>
    /// Every command carries an id of its own, so a retry inside the server — after a commit whose answer was
    /// lost on the way back — finds that the work was done, even without an Idempotency-Key.
    /// </summary>
    public static IdempotencyKey OfCommand(string commandId) => new($"command/{commandId}", "");

    /// <summary>
    /// A client's key: one record per municipality, user and key, so the same key from someone else is a request
    /// of its own and never replays another's outcome. The key is the client's own text, which may say anything,
    /// so only its SHA-256 is stored; each part is length-prefixed so no two triples hash alike.
    /// </summary>
    public static IdempotencyKey For(string tenant, string user, string key, string requestHash)
    {
        var parts = string.Concat(new[] { tenant, UserIds.Normalize(user), key }.Select(p => $"{p.Length}:{p}"));
        return new($"key/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)))}", requestHash);
    }
}
