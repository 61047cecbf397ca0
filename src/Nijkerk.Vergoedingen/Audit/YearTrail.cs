using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>
/// <c>GET /api/years/{year}/events?scheme=</c>: the year's audit trail — its quota and budget streams and
/// the referrals that belonged to it — in sequence order, paged; as CSV on <c>Accept: text/csv</c> or <c>.csv</c>.
/// </summary>
public static class YearTrailEndpoint
{
    [WolverineGet("/api/years/{year}/events")]
    [Authorize(Policy = Policies.Controller)]
    public static Task<Results<Ok<EventPage>, PushStreamHttpResult, ProblemHttpResult>> Get(
        string year, string? scheme, string? page, string? pageSize, HttpRequest request, ClaimsPrincipal user, YearLedger ledger,
        IDocumentStore store, IClock clock, CancellationToken cancellation) =>
        TrailAsync(year, scheme, page, pageSize, AuditTrail.WantsCsv(request), user, ledger, store, clock, cancellation);

    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [WolverineGet("/api/years/{year}/events.csv")]
    [Authorize(Policy = Policies.Controller)]
    public static Task<Results<Ok<EventPage>, PushStreamHttpResult, ProblemHttpResult>> GetCsv(
        string year, string? scheme, ClaimsPrincipal user, YearLedger ledger, IDocumentStore store, IClock clock, CancellationToken cancellation) =>
        TrailAsync(year, scheme, null, null, true, user, ledger, store, clock, cancellation);

    private static async Task<Results<Ok<EventPage>, PushStreamHttpResult, ProblemHttpResult>> TrailAsync(
        string year, string? scheme, string? page, string? pageSize, bool csv, ClaimsPrincipal user, YearLedger ledger, IDocumentStore store, IClock clock,
        CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        if (scheme is not null)
        {
            check.Scheme("scheme", scheme);
        }
        if (!AuditTrail.TryPage(page, pageSize, check, out var pageNumber, out var size))
        {
            return check.ToResult();
        }
        var tenant = user.FindFirst(TokenClaims.Tenant)!.Value;
        await AccessLog.RecordAsync(store, user, AccessActions.YearTrail, scheme is null ? $"{number}" : $"{number} {scheme}", null, clock.GetCurrentInstant(), cancellation);
        var name = scheme is null ? $"audittrail-{number}.csv" : $"audittrail-{number}-{scheme}.csv";
        if (csv)
        {
            return AuditTrail.Csv(ledger.StreamAsync(tenant, number, null, scheme, cancellation), name, cancellation);
        }
        var (events, total) = await ledger.PageAsync(tenant, number, scheme, pageNumber, size, cancellation);
        return TypedResults.Ok(new EventPage([.. events.Select(AuditTrail.From)], pageNumber, size, total));
    }
}
