using System.Text.Json;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>A command that a handler runs inside one transaction, on behalf of an actor.</summary>
public interface ICommand
{
    Actor Actor { get; }
}

/// <summary>
/// A handler's answer in HTTP terms. It is written in the same transaction as the events when the
/// request carried an Idempotency-Key, so a retry gets exactly this answer again.
/// </summary>
public sealed record CommandResult(int Status, object Body, string? Location = null)
{
    public static CommandResult Ok(object body) => new(StatusCodes.Status200OK, body);

    public static CommandResult Created(string location, object body) => new(StatusCodes.Status201Created, body, location);

    public static implicit operator CommandResult(Refusal refusal) => new(Problems.StatusOf(refusal.Code), Problems.For(refusal));

    public StoredResponse ToStored() => new(
        Status,
        Status >= 400 ? "application/problem+json" : "application/json",
        JsonSerializer.Serialize(Body, Body.GetType(), LedgerJson.Options),
        Location);
}

/// <summary>An HTTP response as bytes on the wire, so it can be sent again unchanged.</summary>
public sealed record StoredResponse(int Status, string ContentType, string Body, string? Location)
{
    public IResult ToResult(bool replayed = false) => new StoredResult(this, replayed);

    private sealed class StoredResult(StoredResponse response, bool replayed) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = response.Status;
            if (response.Location is not null)
            {
                http.Response.Headers.Location = response.Location;
            }
            if (replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }
            http.Response.ContentType = response.ContentType;
            return http.Response.WriteAsync(response.Body);
        }
    }
}
