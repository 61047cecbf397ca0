using System.Diagnostics;
using Marten;
using Nijkerk.Vergoedingen.Infrastructure;
using Wolverine;

namespace Nijkerk.Vergoedingen.Commands;

/// <summary>
/// Hands a command — from the API or from a screen, built by the same factory — to its Wolverine handler,
/// where the error policies retry a lost race on a stream inside the server instead of answering it with a 500;
/// or, for a kind that commits in groups (<see cref="ICommandGroup"/>), to its group. Every command passes here
/// once, so here it is counted and timed (<see cref="LedgerMetrics"/>), by its kind and outcome only.
/// </summary>
public sealed class CommandBus(IMessageBus bus, IDocumentStore store, IEnumerable<ICommandGroup> groups)
{
    /// <summary>Approvals of one year queue behind each other's lock; the last of a burst gets time for its turn.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>A command its factory refused is answered with that refusal; any other is sent.</summary>
    public Task<Outcome<T>> SendAsync<T>(IChecked<ICommand<T>> command, IdempotencyKey? key, CancellationToken cancellation) where T : class
    {
        if (command.Command is { } valid)
        {
            return SendAsync(valid, key, cancellation);
        }
        // Refused by its factory before it was a command: counted, but not timed, as it never reached the bus.
        LedgerMetrics.CommandSent(KindOf(command), "refused", command.Refusal!.Code, null);
        return Task.FromResult<Outcome<T>>(command.Refusal!);
    }

    /// <summary>Runs the command and returns its outcome: a new one, or the one recorded for this key or this very command.</summary>
    public async Task<Outcome<T>> SendAsync<T>(ICommand<T> command, IdempotencyKey? key, CancellationToken cancellation) where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var outcome = await RunAsync(command, key, cancellation);
            var result = outcome.Refusal is not null ? "refused" : outcome.Replayed ? "replayed" : "done";
            LedgerMetrics.CommandSent(command.GetType().Name, result, outcome.Refusal?.Code, Stopwatch.GetElapsedTime(started));
            return outcome;
        }
        catch
        {
            LedgerMetrics.CommandSent(command.GetType().Name, "failed", null, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    private async Task<Outcome<T>> RunAsync<T>(ICommand<T> command, IdempotencyKey? key, CancellationToken cancellation) where T : class
    {
        var commandId = Guid.NewGuid().ToString();
        // The outcome is kept under the client's key, or under the command's own id.
        var record = key ?? IdempotencyKey.OfCommand(commandId);
        // Alone after a failed group, a command looks its record up first, so what the group did is answered, not done again.
        var outcome = groups.FirstOrDefault(g => g.Takes(command)) is { } group
            ? await group.SendAsync(command, record, () => InvokeAsync(command, record, commandId, cancellation))
            : await InvokeAsync(command, key, commandId, cancellation);
        return outcome ?? await IdempotencyGuard.ReplayAsync<T>(store, command.Actor.Tenant, record, cancellation);
    }

    private Task<Outcome<T>?> InvokeAsync<T>(ICommand<T> command, IdempotencyKey? key, string commandId, CancellationToken cancellation) where T : class
    {
        var options = new DeliveryOptions { TenantId = command.Actor.Tenant }.WithHeader(IdempotencyGuard.CommandHeader, commandId);
        if (key is not null)
        {
            options.WithHeader(IdempotencyGuard.RecordHeader, key.RecordId).WithHeader(IdempotencyGuard.HashHeader, key.RequestHash);
        }
        // Null when the handler stopped before deciding, because the work was already done: by a twin with the
        // same key, or by this very command in an attempt whose commit succeeded but whose answer was lost.
        return bus.InvokeAsync<Outcome<T>?>(command, options, cancellation, Timeout);
    }

    /// <summary>The command's type name, as its factory meant to make it.</summary>
    private static string KindOf<T>(IChecked<ICommand<T>> command) where T : class => command.GetType().GetGenericArguments() is [var kind] ? kind.Name : "unknown";
}
