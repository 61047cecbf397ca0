using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>Everything that happened to one referral, in order, paged; as CSV on <c>Accept: text/csv</c> or <c>.csv</c>.</summary>
public static class ReferralTrailEndpoint
{
    [WolverineGet("/api/referrals/{id}/events")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static Task<Results<Ok<EventPage>, FileContentHttpResult, ProblemHttpResult>> Get(
        string id, string? page, string? pageSize, HttpRequest request, ClaimsPrincipal user, IQuerySession session, IClock clock, CancellationToken cancellation) =>
        TrailAsync(id, page, pageSize, AuditTrail.WantsCsv(request), user, session, clock, cancellation);

    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [WolverineGet("/api/referrals/{id}/events.csv")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static Task<Results<Ok<EventPage>, FileContentHttpResult, ProblemHttpResult>> GetCsv(string id, ClaimsPrincipal user, IQuerySession session, IClock clock, CancellationToken cancellation) =>
        TrailAsync(id, null, null, true, user, session, clock, cancellation);

    private static async Task<Results<Ok<EventPage>, FileContentHttpResult, ProblemHttpResult>> TrailAsync(
        string id, string? page, string? pageSize, bool csv, ClaimsPrincipal user, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var check = new Validation();
        if (!AuditTrail.TryPage(page, pageSize, check, out var number, out var size))
        {
            return check.ToResult();
        }
        // Every stream shares one id space: only a referral of the caller's municipality has a trail here,
        // never a year, a payment batch or a provider with the same kind of id.
        if (await session.LoadAsync<ReferralView>(id, cancellation) is not { } referral)
        {
            return CommandResults.Problem(Refusal.NotFound("Referral"));
        }
        await AccessLog.RecordAsync(session.DocumentStore, user, AccessActions.ReferralTrail, id, referral.CaseReference, clock.GetCurrentInstant(), cancellation);
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        var entries = await AuditTrail.ReadAsync(session, events, cancellation);
        return csv ? AuditTrail.Csv(entries, $"verwijzing-{id}.csv") : TypedResults.Ok(AuditTrail.Page(entries, number, size));
    }
}
