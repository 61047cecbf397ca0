using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Commands;

/// <summary>A command that a handler runs inside one transaction, on behalf of an actor.</summary>
public interface ICommand
{
    Actor Actor { get; }
}

/// <summary>A command whose outcome, when it is done, is a <typeparamref name="T"/>: the API and the screens both read it as one.</summary>
public interface ICommand<out T> : ICommand where T : class;

/// <summary>A command that carries a text a person typed, and the salt its digest will be made with.</summary>
public abstract record CommandWithText
{
    public string Salt { get; init; } = PersonalText.NewSalt();
}

/// <summary>
/// What a command came to, in domain terms: what it made or changed, as it now stands — or the refusal that
/// stopped it, in which case nothing at all was written. The API and the screens each say it in their own words.
/// </summary>
public sealed record Outcome<T> where T : class
{
    public T? Value { get; init; }

    public Refusal? Refusal { get; init; }

    /// <summary>The first outcome of the same request, answered again from its record (Idempotency-Key).</summary>
    public bool Replayed { get; init; }

    public static implicit operator Outcome<T>(T value) => new() { Value = value };

    public static implicit operator Outcome<T>(Refusal refusal) => new() { Refusal = refusal };
}
