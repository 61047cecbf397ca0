using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>RFC 9457 problems with the <c>code</c> member of API.md.</summary>
public static class Problems
{
    public static int StatusOf(string code) => code switch
    {
        ProblemCodes.Validation => StatusCodes.Status400BadRequest,
        ProblemCodes.Unauthorized => StatusCodes.Status401Unauthorized,
        ProblemCodes.Forbidden or ProblemCodes.FourEyes => StatusCodes.Status403Forbidden,
        ProblemCodes.NotFound => StatusCodes.Status404NotFound,
        ProblemCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ProblemCodes.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status409Conflict,
    };

    public static string TitleOf(string code) => code switch
    {
        ProblemCodes.Validation => "The request is not valid",
        ProblemCodes.Unauthorized => "Sign in first",
        ProblemCodes.Forbidden => "Not allowed for your role or municipality",
        ProblemCodes.FourEyes => "Someone else must decide this",
        ProblemCodes.NotFound => "Not found",
        ProblemCodes.InvalidTransition => "Not possible in the current state",
        ProblemCodes.BudgetExhausted => "The budget does not cover this",
        ProblemCodes.BudgetBelowUse => "The budget cannot go below what is committed and paid",
        ProblemCodes.CapacityBelowUse => "The quota cannot go below the slots in use",
        ProblemCodes.YearClosed => "The year is closed",
        ProblemCodes.IdempotencyConflict => "This Idempotency-Key was used for a different request",
        ProblemCodes.OverCommitment => "Approved claims cannot exceed the commitment",
        ProblemCodes.Overpayment => "Payments cannot exceed the approved claim",
        ProblemCodes.DuplicateInvoice => "This invoice was already claimed",
        ProblemCodes.SchemeNotOffered => "The municipality does not offer this scheme",
        ProblemCodes.PayloadTooLarge => "The request body is too large",
        ProblemCodes.RateLimited => "Too many requests; try again later",
        ProblemCodes.Replayed => "This webhook was already received",
        _ => "The request conflicts with the current state",
    };

    public static ProblemDetails For(string code, string? detail = null) => new()
    {
        Type = TypeOf(code),
        Title = TitleOf(code),
        Status = StatusOf(code),
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    /// <summary>A refusal as a problem: a refused input names each field with what its rules said.</summary>
    public static ProblemDetails For(Refusal refusal)
    {
        var problem = refusal.Code != ProblemCodes.Validation
            ? For(refusal.Code, refusal.Detail)
            : refusal.Errors.Count == 0
                ? Validation(new Dictionary<string, string[]> { [refusal.Field ?? "body"] = [refusal.Detail] }, refusal.Detail)
                : Validation(refusal.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), refusal.Detail);
        if (refusal.Referrals.Count > 0)
        {
            problem.Extensions["referrals"] = refusal.Referrals;
        }
        return problem;
    }

    public static ProblemDetails Validation(IDictionary<string, string[]> errors, string? detail = null)
    {
        var problem = new ValidationProblemDetails(errors)
        {
            Type = TypeOf(ProblemCodes.Validation),
            Title = TitleOf(ProblemCodes.Validation),
            Status = StatusCodes.Status400BadRequest,
            Detail = detail,
        };
        problem.Extensions["code"] = ProblemCodes.Validation;
        return problem;
    }

    public static ProblemDetails Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult ToResult(this ProblemDetails problem) => TypedResults.Problem(problem);

    public static string TypeOf(string code) => $"urn:nijkerk-vergoedingen:problem:{code}";
}
