namespace Nijkerk.Vergoedingen.Commands;

/// <summary>
/// A rule said no. Decisions return a refusal rather than throw, so a refused command appends nothing
/// and the client gets the problem <see cref="Code"/> of API.md. A refusal of the input names every
/// field that broke a rule in <see cref="Errors"/>; <see cref="Field"/> is the first of them.
/// </summary>
public sealed record Refusal(string Code, string Detail, string? Field = null)
{
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The referrals the refusal is about, when there are several (such as requests still undecided).</summary>
    public IReadOnlyList<string> Referrals { get; init; } = [];

    public static Refusal NotFound(string what) => new(ProblemCodes.NotFound, $"{what} does not exist.");

    public static Refusal InvalidTransition(string detail) => new(ProblemCodes.InvalidTransition, detail);

    public static Refusal FourEyes(string detail) => new(ProblemCodes.FourEyes, detail);

    /// <summary>Input that looked right but fails against the state, such as a date before the request.</summary>
    public static Refusal Validation(string field, string rule, string detail) =>
        new(ProblemCodes.Validation, detail, field) { Errors = [new FieldError(field, rule, detail)] };

    public static Refusal Invalid(IReadOnlyList<FieldError> errors) =>
        new(ProblemCodes.Validation, string.Join(" ", errors.Select(e => $"{e.Field} {e.Message}.")), errors[0].Field) { Errors = errors };
}

/// <summary>
/// What one rule said about one input field: the field's JSON name, the rule (one of <see cref="Rules"/>),
/// its words in English, and the limit it holds the field to, for a message in the user's language.
/// </summary>
public sealed record FieldError(string Field, string Rule, string Message, string? Limit = null);

/// <summary>The <c>code</c> member of every problem the API returns (API.md, Errors).</summary>
public static class ProblemCodes
{
    public const string Validation = "validation";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string FourEyes = "four-eyes";
    public const string NotFound = "not-found";
    public const string InvalidTransition = "invalid-transition";
    public const string BudgetExhausted = "budget-exhausted";
    public const string BudgetBelowUse = "budget-below-use";
    public const string CapacityBelowUse = "capacity-below-use";
    public const string YearClosed = "year-closed";
    public const string IdempotencyConflict = "idempotency-conflict";
    public const string OverCommitment = "over-commitment";
    public const string Overpayment = "overpayment";
    public const string DuplicateInvoice = "duplicate-invoice";

    /// <summary>A referral to a scheme the municipality does not offer.</summary>
    public const string SchemeNotOffered = "scheme-not-offered";

    /// <summary>An approval of more than the approver's mandate (budgethouderschap) allows.</summary>
    public const string MandateExceeded = "mandate-exceeded";

    /// <summary>A signed webhook delivered again: its <c>webhook-id</c> was already accepted for the municipality.</summary>
    public const string Replayed = "replayed";
    public const string Conflict = "conflict";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string RateLimited = "rate-limited";
    public const string PayloadTooLarge = "payload-too-large";
    public const string Unavailable = "unavailable";
}
