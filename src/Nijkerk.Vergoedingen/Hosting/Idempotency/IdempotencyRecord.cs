using NodaTime;

namespace Nijkerk.Vergoedingen.Hosting.Idempotency;

/// <summary>
/// "This request was done, and this was the answer." Keyed by user and Idempotency-Key within a
/// municipality; <see cref="RequestHash"/> tells a true retry from a reused key.
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

    public IResult Replay(IdempotencyRecord record) => record.RequestHash == RequestHash
        ? record.Answer.ToAnswer().ToResult(replayed: true)
        : Conflict().ToResult();

    public static Answer Conflict() => new Common.Refusal(Common.ProblemCodes.IdempotencyConflict,
        "This Idempotency-Key was first used with a different request; use a new key for a new request.");
}
