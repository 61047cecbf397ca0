using System.Text.Json;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// The API's words for a handler's answer: a refusal is its problem and status; a creation is 201 with
/// the new resource's <c>Location</c> under the request's path (202 when it waits for a further step);
/// anything else is 200 with the value.
/// </summary>
public static class AnswerResults
{
    public static IResult ToResult(this Answer answer, bool replayed = false) => new AnswerResult(answer, replayed);

    private sealed class AnswerResult(Answer answer, bool replayed) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            if (replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }
            if (answer.Refusal is { } refusal)
            {
                var problem = Problems.For(refusal);
                http.Response.StatusCode = problem.Status!.Value;
                http.Response.ContentType = "application/problem+json";
                return http.Response.WriteAsync(JsonSerializer.Serialize(problem, problem.GetType(), LedgerJson.Options));
            }
            http.Response.StatusCode = answer.CreatedId is null ? StatusCodes.Status200OK
                : answer.Pending ? StatusCodes.Status202Accepted : StatusCodes.Status201Created;
            if (answer.CreatedId is { } id)
            {
                http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path.Value!.TrimEnd('/')}/{Uri.EscapeDataString(id)}";
            }
            http.Response.ContentType = "application/json";
            return http.Response.WriteAsync(answer.Json ?? JsonSerializer.Serialize(answer.Value, answer.Value!.GetType(), LedgerJson.Options));
        }
    }
}
