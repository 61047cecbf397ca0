using Marten;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Hosting.Idempotency;

/// <summary>
/// Middleware around every command handler. The record that says "done" is inserted in the handler's
/// own transaction; when a concurrent twin of the request committed first, the insert fails, the
/// retry finds the record and stops, and the caller replays the twin's answer. A refusal did nothing,
/// so it leaves no record either: asked again, the command is decided again.
/// </summary>
public static class IdempotencyGuard
{
    public static async Task<HandlerContinuation> BeforeAsync(Envelope envelope, IDocumentSession session, CancellationToken cancellation)
    {
        // A first attempt needs no look: a client's key was looked up before the command was sent, a
        // command's own id is new, and the insert in After fails for a twin that committed meanwhile.
        if (envelope.Attempts <= 1 || RecordId(envelope) is not { } id)
        {
            return HandlerContinuation.Continue;
        }
        return await session.LoadAsync<IdempotencyRecord>(id, cancellation) is null
            ? HandlerContinuation.Continue
            : HandlerContinuation.Stop;
    }

    public static void After(Answer answer, Envelope envelope, IDocumentSession session, IClock clock)
    {
        if (!answer.Refused && RecordId(envelope) is { } id)
        {
            var hash = envelope.Headers.GetValueOrDefault(IdempotentRequest.HashHeader) ?? "";
            session.Insert(new IdempotencyRecord(id, hash, answer.ToStored(), clock.GetCurrentInstant()));
        }
    }

    /// <summary>The client's Idempotency-Key when it sent one, else the command's own id.</summary>
    private static string? RecordId(Envelope envelope) =>
        envelope.Headers.GetValueOrDefault(IdempotentRequest.RecordHeader)
        ?? (envelope.Headers.GetValueOrDefault(IdempotentRequest.CommandHeader) is { } command ? IdempotentRequest.CommandRecordId(command) : null);
}
