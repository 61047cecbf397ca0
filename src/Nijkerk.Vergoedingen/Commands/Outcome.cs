using System.Text.Json;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>A command that a handler runs inside one transaction, on behalf of an actor.</summary>
public interface ICommand
{
    Actor Actor { get; }
}

/// <summary>
/// A handler's answer in domain terms: what the command made or changed, as it now stands — or the
/// refusal that stopped it. <see cref="CreatedId"/> names what it created. The API and the screens each
/// say it in their own terms (<see cref="AnswerResults"/>, the pages).
/// </summary>
public sealed record Answer(object? Value, Refusal? Refusal, string? CreatedId = null)
{
    public bool Refused => Refusal is not null;

    /// <summary>What was created waits for a further step (another person's confirmation): 202, not 201.</summary>
    public bool Pending { get; init; }

    /// <summary>The value's JSON as first sent, when the answer is a replay.</summary>
    public string? Json { get; init; }

    public static Answer Done(object value) => new(value, null);

    public static Answer Created(string id, object value) => new(value, null, id);

    public static Answer Accepted(string id, object value) => new(value, null, id) { Pending = true };

    public static implicit operator Answer(Refusal refusal) => new(null, refusal);

    /// <summary>The value as the type the command answers with.</summary>
    public T As<T>() where T : class => Value as T ?? throw new InvalidOperationException($"The answer holds {Value?.GetType().Name ?? "a refusal"}, not {typeof(T).Name}.");

    /// <summary>The answer as its record keeps it; only what was done is recorded, never a refusal.</summary>
    public StoredAnswer ToStored() => Value is null
        ? throw new InvalidOperationException("A refusal is not recorded: asked again, the command is decided again.")
        : new(Value.GetType().AssemblyQualifiedName!, JsonSerializer.Serialize(Value, Value.GetType(), LedgerJson.Options), CreatedId) { Pending = Pending };
}

/// <summary>An answer as the idempotency record keeps it: the value's type and JSON, so a replay sends the same bytes.</summary>
public sealed record StoredAnswer(string ValueType, string Json, string? CreatedId)
{
    public bool Pending { get; init; }

    public Answer ToAnswer() =>
        new(JsonSerializer.Deserialize(Json, Type.GetType(ValueType, throwOnError: true)!, LedgerJson.Options), null, CreatedId) { Json = Json, Pending = Pending };
}
