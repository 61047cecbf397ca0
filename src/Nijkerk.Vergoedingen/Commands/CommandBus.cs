using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting.Idempotency;
using Wolverine;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// Hands a command — from the API or from a screen — to its Wolverine handler, where error policies
/// retry a lost race on a year stream inside the server instead of answering it with a 500.
/// </summary>
public static class CommandDispatch
{
    // Approvals of one year queue behind each other's lock; give the last of a burst time to get its turn.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Builds the command with its factory; sends it when every rule passed, else answers the refusal.</summary>
    public static Task<IResult> SendAsync<T>(this IMessageBus bus, HttpContext http, Checked<T> command) where T : class, ICommand =>
        command.Command is { } valid ? bus.SendAsync(http, valid) : Task.FromResult(((Answer)command.Refusal!).ToResult());

    public static async Task<IResult> SendAsync(this IMessageBus bus, HttpContext http, ICommand command)
    {
        var (answer, replayed) = await bus.ExecuteAsync(
            command, http.Features.Get<IdempotentRequest>(), http.RequestServices.GetRequiredService<IDocumentStore>(), http.RequestAborted);
        return answer.ToResult(replayed);
    }

    /// <summary>Runs the command and returns its answer, and whether it is the replay of an earlier one.</summary>
    public static async Task<(Answer Answer, bool Replayed)> ExecuteAsync(
        this IMessageBus bus, ICommand command, IdempotentRequest? request, IDocumentStore store, CancellationToken cancellation)
    {
        var commandId = Guid.NewGuid().ToString();
        var options = new DeliveryOptions { TenantId = command.Actor.Tenant }.WithHeader(IdempotentRequest.CommandHeader, commandId);
        if (request is not null)
        {
            options.WithHeader(IdempotentRequest.RecordHeader, request.RecordId).WithHeader(IdempotentRequest.HashHeader, request.RequestHash);
        }

        var answer = await bus.InvokeAsync<Answer>(command, options, cancellation, Timeout);
        if (answer is not null)
        {
            return (answer, false);
        }

        // The handler stopped because the work was already done: by a concurrent twin with the same key,
        // or by this very command in an attempt whose commit succeeded but whose answer was lost.
        await using var session = store.QuerySession(command.Actor.Tenant);
        var recordId = request?.RecordId ?? IdempotentRequest.CommandRecordId(commandId);
        var record = await session.LoadAsync<IdempotencyRecord>(recordId, cancellation)
            ?? throw new InvalidOperationException($"Command {commandId} stopped without a record of its answer.");
        return request is null || record.RequestHash == request.RequestHash
            ? (record.Answer.ToAnswer(), request is not null)
            : (IdempotentRequest.Conflict(), false);
    }
}
