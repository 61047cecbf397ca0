using System.Reflection;
using System.Text.Json;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Marten;
using Nijkerk.Vergoedingen.Infrastructure;
using NodaTime;
using Wolverine;
using Wolverine.Configuration;
using Wolverine.Runtime.Handlers;

namespace Nijkerk.Vergoedingen.Commands;

/// <summary>
/// Around every command handler: one transaction, on one connection, from its first read to its commit; the
/// record that says "done" is inserted in it. When a concurrent twin of the request committed first, the
/// insert fails, the retry finds the record and stops, and the sender replays the twin's outcome. A refusal
/// did nothing, so it leaves no record either: asked again, the command is decided again.
/// </summary>
public static class IdempotencyGuard
{
    public const string RecordHeader = "idempotency-record";
    public const string HashHeader = "idempotency-hash";
    public const string CommandHeader = "command-id";

    public static async Task<HandlerContinuation> BeforeAsync(Envelope envelope, IDocumentSession session, CancellationToken cancellation)
    {
        await session.BeginTransactionAsync(cancellation);
        // A client's key may have been used before; a command's own id is new, so it is looked up only on a retry.
        var id = envelope.Headers.GetValueOrDefault(RecordHeader)
            ?? (envelope.Attempts > 1 && envelope.Headers.GetValueOrDefault(CommandHeader) is { } command ? IdempotencyKey.OfCommand(command).RecordId : null);
        return id is not null && await session.LoadAsync<IdempotencyRecord>(id, cancellation) is not null
            ? HandlerContinuation.Stop
            : HandlerContinuation.Continue;
    }

    /// <summary>Records what was done, in the transaction that does it (added to every command's chain by <see cref="Recording"/>).</summary>
    public static void Record<T>(Outcome<T> outcome, Envelope envelope, IDocumentSession session, IClock clock) where T : class
    {
        var id = envelope.Headers.GetValueOrDefault(RecordHeader)
            ?? (envelope.Headers.GetValueOrDefault(CommandHeader) is { } command ? IdempotencyKey.OfCommand(command).RecordId : null);
        if (id is not null)
        {
            RecordUnder(new IdempotencyKey(id, envelope.Headers.GetValueOrDefault(HashHeader) ?? ""), outcome, session, clock.GetCurrentInstant());
        }
    }

    /// <summary>Records a done command's outcome under its key, in the session that does it; a refusal did nothing and is not recorded.</summary>
    public static void RecordUnder<T>(IdempotencyKey key, Outcome<T> outcome, IDocumentSession session, Instant at) where T : class
    {
        if (outcome.Value is { } value)
        {
            session.Insert(new IdempotencyRecord(key.RecordId, key.RequestHash, new StoredOutcome(JsonSerializer.Serialize(value, LedgerJson.Options)), at));
        }
    }

    /// <summary>The recorded outcome, for a key used with the same request; a key reused for another request is refused.</summary>
    public static async Task<Outcome<T>> ReplayAsync<T>(IDocumentStore store, string tenant, IdempotencyKey key, CancellationToken cancellation) where T : class
    {
        await using var session = store.QuerySession(tenant);
        var record = await session.LoadAsync<IdempotencyRecord>(key.RecordId, cancellation)
            ?? throw new InvalidOperationException($"Command {key.RecordId} stopped without a record of its outcome.");
        if (record.RequestHash != key.RequestHash)
        {
            return new Refusal(ProblemCodes.IdempotencyConflict,
                "This Idempotency-Key was first used with a different request; use a new key for a new request.");
        }
        // Outcomes kept before amounts were decimals hold them as strings ("1250.00").
        return new Outcome<T> { Value = JsonSerializer.Deserialize<T>(record.Answer.Json, Replaying), Replayed = key.RequestHash.Length > 0 };
    }

    private static readonly JsonSerializerOptions Replaying =
        new(LedgerJson.Options) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString };

    /// <summary>Puts the guard around every command's handler, and its outcome's record after it.</summary>
    internal sealed class Recording : IHandlerPolicy
    {
        private static readonly MethodInfo RecordMethod = typeof(IdempotencyGuard).GetMethod(nameof(Record))!;

        public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
        {
            foreach (var chain in chains)
            {
                if (OutcomeOf(chain.MessageType) is { } answer)
                {
                    chain.Postprocessors.Insert(0, new MethodCall(typeof(IdempotencyGuard), RecordMethod.MakeGenericMethod(answer)));
                }
            }
        }

        public static Type? OutcomeOf(Type message) => message.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))?.GetGenericArguments()[0];
    }
}
