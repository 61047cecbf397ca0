using Marten;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Hosting.Idempotency;

/// <summary>
/// Middleware around every command handler. The record that says "done" is inserted in the handler's
/// own transaction; when a concurrent twin of the request committed first, the insert fails, the
/// retry finds the record and stops, and the caller replays the twin's answer.
/// </summary>
public static class IdempotencyGuard
{
    public static async Task<HandlerContinuation> BeforeAsync(Envelope envelope, IDocumentSession session, CancellationToken cancellation)
    {
        if (envelope.Headers.GetValueOrDefault(IdempotentRequest.RecordHeader) is not { } id)
        {
            return HandlerContinuation.Continue;
        }
        return await session.LoadAsync<IdempotencyRecord>(id, cancellation) is null
            ? HandlerContinuation.Continue
            : HandlerContinuation.Stop;
    }

    public static void After(CommandResult result, Envelope envelope, IDocumentSession session, IClock clock)
    {
        if (envelope.Headers.GetValueOrDefault(IdempotentRequest.RecordHeader) is { } id
            && envelope.Headers.GetValueOrDefault(IdempotentRequest.HashHeader) is { } hash)
        {
            session.Insert(new IdempotencyRecord(id, hash, result.ToStored(), clock.GetCurrentInstant()));
        }
    }
}
