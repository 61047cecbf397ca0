using System.Security.Cryptography;
using System.Text;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Hosting.Idempotency;

/// <summary>
/// "This request was done, and this was the answer." Keyed by a hash of municipality, user and
/// Idempotency-Key (<see cref="IdempotentRequest.RecordIdFor"/>); <see cref="RequestHash"/> tells a true
/// retry from a reused key.
/// </summary>
public sealed record IdempotencyRecord(string Id, string RequestHash, StoredAnswer Answer, Instant At);

/// <summary>The Idempotency-Key of the current request, once its body is known.</summary>
public sealed record IdempotentRequest(string RecordId, string RequestHash)
{
    public const string RecordHeader = "idempotency-record";
    public const string HashHeader = "idempotency-hash";

    /// <summary>
    /// Every command carries an id of its own, so a retry inside the server — after a commit whose answer
    /// was lost on the way back — finds that the work was done, even without an Idempotency-Key.
    /// </summary>
    public const string CommandHeader = "command-id";

    public static string CommandRecordId(string commandId) => $"command/{commandId}";

    /// <summary>
    /// The record of a client's key: one per municipality, user and key, so the same key from someone else
    /// is a request of its own and never replays another's answer. The key is the client's own text, which
    /// may say anything, so only its SHA-256 is stored; each part is length-prefixed so no two triples hash alike.
    /// </summary>
    public static string RecordIdFor(string tenant, string user, string key)
    {
        var parts = string.Concat(new[] { tenant, UserIds.Normalize(user), key }.Select(p => $"{p.Length}:{p}"));
        return $"key/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)))}";
    }

    public IResult Replay(IdempotencyRecord record) => record.RequestHash == RequestHash
        ? record.Answer.ToAnswer().ToResult(replayed: true)
        : Conflict().ToResult();

    public static Answer Conflict() => new Common.Refusal(Common.ProblemCodes.IdempotencyConflict,
        "This Idempotency-Key was first used with a different request; use a new key for a new request.");
}
