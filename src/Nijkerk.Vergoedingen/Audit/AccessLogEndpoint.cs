using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Audit;

public sealed record AccessEntry(Instant At, string User, string Role, string Action, string Subject, string? CaseReference)
{
    public static AccessEntry From(AccessRecord r) => new(r.At, r.User, r.Role, r.Action, r.Subject, r.CaseReference);
}

public sealed record AccessPage(IReadOnlyList<AccessEntry> Items, int Page, int PageSize, long Total);

/// <summary><c>GET /api/access-log?caseReference=&amp;user=&amp;from=&amp;to=</c>: who read what, newest first, for a controller.</summary>
public static class AccessLogEndpoint
{
    [WolverineGet("/api/access-log")]
    [Authorize(Policy = Policies.Controller)]
    public static async Task<Results<Ok<AccessPage>, ProblemHttpResult>> Get(
        string? caseReference, string? user, string? from, string? to, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var check = new Validation();
        var (since, until) = (check.Instant("from", from), check.Instant("to", to));
        if (!AuditTrail.TryPage(page, pageSize, check, out var number, out var size))
        {
            return check.ToResult();
        }
        return TypedResults.Ok(await AccessLogQuery.ReadAsync(session, caseReference, user, since, until, number, size, cancellation));
    }
}
