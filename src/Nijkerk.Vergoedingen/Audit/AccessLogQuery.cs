using Marten;
using Marten.Pagination;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>The access log read back: what <c>GET /api/access-log</c> answers and the controller's screen shows.</summary>
public static class AccessLogQuery
{
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
