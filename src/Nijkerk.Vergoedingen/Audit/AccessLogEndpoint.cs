using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Common;
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
        return TypedResults.Ok(await ReadAsync(session, caseReference, user, since, until, number, size, cancellation));
    }

    /// <summary>One page of the log, newest first, as the API and the controller's screen both filter it.</summary>
    public static async Task<AccessPage> ReadAsync(
        IQuerySession session, string? caseReference, string? user, Instant? since, Instant? until, int number, int size, CancellationToken cancellation)
    {
        IQueryable<AccessRecord> query = session.Query<AccessRecord>();
        if (!string.IsNullOrWhiteSpace(caseReference))
        {
            // Recorded in the capitals the case was stored or asked for in.
            var reference = CaseReferences.Canonical(caseReference);
            query = query.Where(r => r.CaseReference!.ToUpperInvariant() == reference);
        }
        if (!string.IsNullOrWhiteSpace(user))
        {
            // A user id as the identity provider spells it, or as a controller types it.
            // Compared in capitals, not with ILIKE: a '_' or '%' in a user id is a character, never a wildcard.
            var who = user.Trim().ToUpperInvariant();
            query = query.Where(r => r.User.ToUpperInvariant() == who);
        }
        if (since is { } s)
        {
            var ms = s.ToUnixTimeMilliseconds();
            query = query.Where(r => r.AtUnixMs >= ms);
        }
        if (until is { } u)
        {
            var ms = u.ToUnixTimeMilliseconds();
            query = query.Where(r => r.AtUnixMs < ms);
        }
        var records = await query.OrderByDescending(r => r.AtUnixMs).ThenBy(r => r.Id).ToPagedListAsync(number, size, cancellation);
        return new AccessPage([.. records.Select(AccessEntry.From)], number, size, records.TotalItemCount);
    }
}
