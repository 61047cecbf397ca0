using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// Problems the framework writes by itself — a body that is not JSON, a wrong content type, an unknown
/// route, an unexpected fault — get the same shape and <c>code</c> as the ledger's own.
/// </summary>
public static class ProblemResponses
{
    public static WebApplicationBuilder AddLedgerProblems(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            // A problem the ledger wrote keeps its own code; one the framework wrote gets the code of its status.
            var code = problem.Extensions.TryGetValue("code", out var own) && own is string given ? given : status switch
            {
                StatusCodes.Status400BadRequest => ProblemCodes.Validation,
                StatusCodes.Status401Unauthorized => ProblemCodes.Unauthorized,
                StatusCodes.Status403Forbidden => ProblemCodes.Forbidden,
                StatusCodes.Status404NotFound => ProblemCodes.NotFound,
                StatusCodes.Status415UnsupportedMediaType => ProblemCodes.Validation,
                StatusCodes.Status409Conflict => ProblemCodes.Conflict,
                StatusCodes.Status413PayloadTooLarge => ProblemCodes.PayloadTooLarge,
                StatusCodes.Status429TooManyRequests => ProblemCodes.RateLimited,
                StatusCodes.Status503ServiceUnavailable => ProblemCodes.Unavailable,
                _ => "error",
            };
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                problem.Detail = "The database is away for a moment; send the request again (under the same Idempotency-Key).";
            }
            if (problem.Extensions.TryAdd("code", code) && status == StatusCodes.Status400BadRequest)
            {
                problem.Extensions.TryAdd("errors", new Dictionary<string, string[]>
                {
                    ["body"] = [problem.Detail ?? problem.Title ?? "is not a valid JSON request"],
                });
            }
            if (status == StatusCodes.Status415UnsupportedMediaType)
            {
                problem.Detail ??= "Send the body as application/json.";
            }
            problem.Type = Problems.TypeOf(code);
        });
        return builder;
    }

    /// <summary>The API answers with problems; the screens with a page in Dutch. Neither shows a stack trace.</summary>
    public static void UseLedgerProblems(this WebApplication app)
    {
        app.UseWhen(http => http.Request.IsApi() || !AcceptsHtml(http.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !http.Request.IsApi() && AcceptsHtml(http.Request), screens =>
        {
            screens.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fout", StatusCodeSelector = StatusOf });
            screens.UseStatusCodePagesWithReExecute("/fout/{0}");
        });
    }

    private static int StatusOf(Exception exception) =>
        DatabaseFaults.IsTransient(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    private static bool AcceptsHtml(HttpRequest request) => request.Accepts("text/html");
}
