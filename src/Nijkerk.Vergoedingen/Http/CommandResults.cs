using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// The API's words for a command's outcome, as typed results, so the OpenAPI document reads what each
/// endpoint answers from its type: a refusal is its problem; what was created is 201 with its
/// <c>Location</c> (202 when it waits for someone else); anything else 200. A replay of a request sent with
/// the same Idempotency-Key says so in <c>Idempotent-Replayed</c>.
/// </summary>
public static class CommandResults
{
    /// <summary>Sends the command its factory built, or answers with the factory's refusal.</summary>
    public static Task<Outcome<T>> SendAsync<T>(this CommandBus commands, HttpContext http, IChecked<ICommand<T>> command) where T : class =>
        command.Command is { } valid ? commands.SendAsync(http, valid) : Task.FromResult<Outcome<T>>(command.Refusal!);

    /// <summary>Sends the command under the request's Idempotency-Key, if it has one.</summary>
    public static async Task<Outcome<T>> SendAsync<T>(this CommandBus commands, HttpContext http, ICommand<T> command) where T : class
    {
        var outcome = await commands.SendAsync(command, http.Features.Get<IdempotencyKey>(), http.RequestAborted);
        if (outcome.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }
        return outcome;
    }

    public static async Task<Results<Ok<T>, ProblemHttpResult>> Ok<T>(this Task<Outcome<T>> sent) where T : class =>
        await sent is { Value: { } value } ? TypedResults.Ok(value) : Problem((await sent).Refusal!);

    /// <summary>201, and where the new resource is: under the request's path, by <paramref name="id"/>.</summary>
    public static async Task<Results<Created<T>, ProblemHttpResult>> Created<T>(this Task<Outcome<T>> sent, HttpContext http, Func<T, string> id)
        where T : class =>
        await sent is { Value: { } value } ? TypedResults.Created(Location(http, id(value)), value) : Problem((await sent).Refusal!);

    /// <summary>202: made, and waiting for a further step by someone else.</summary>
    public static async Task<Results<Accepted<T>, ProblemHttpResult>> Accepted<T>(this Task<Outcome<T>> sent, HttpContext http, Func<T, string> id)
        where T : class =>
        await sent is { Value: { } value } ? TypedResults.Accepted(Location(http, id(value)), value) : Problem((await sent).Refusal!);

    public static ProblemHttpResult Problem(Refusal refusal) => TypedResults.Problem(Problems.For(refusal));

    /// <summary>Where a resource made by this request is: under the request's path, by its id.</summary>
    public static string Location(HttpContext http, string id) =>
        $"{http.Request.PathBase}{http.Request.Path.Value!.TrimEnd('/')}/{Uri.EscapeDataString(id)}";
}
