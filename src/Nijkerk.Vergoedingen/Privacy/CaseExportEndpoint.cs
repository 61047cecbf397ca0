using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Privacy;

/// <summary>
/// <c>GET /api/cases/{caseReference}/export</c> (privacy officer): a subject access request answered as
/// JSON, or with <c>Accept: text/html</c> as a printable Dutch page. The export itself is recorded in the
/// access log.
/// </summary>
public static class CaseExportEndpoint
{
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/html")]
    [WolverineGet("/api/cases/{caseReference}/export")]
    [Authorize(Policy = Policies.PrivacyOfficer)]
    public static async Task<Results<Ok<CaseExport>, RazorComponentResult<CaseExportPage>, ProblemHttpResult>> Get(
        string caseReference, HttpRequest request, ClaimsPrincipal user, IQuerySession session, IClock clock,
        MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var export = await ReadAsync(session, user, CaseReferences.FromRoute(caseReference), municipalities, clock.GetCurrentInstant(), cancellation);
        if (export is null)
        {
            return CommandResults.Problem(Refusal.NotFound("Case"));
        }
        return request.Accepts("text/html")
            ? new RazorComponentResult<CaseExportPage>(new { Export = export })
            : TypedResults.Ok(export);
    }

    /// <summary>The export of a case by its canonical reference, recorded in the access log; the API and the screens both read it so.</summary>
    public static async Task<CaseExport?> ReadAsync(
        IQuerySession session, ClaimsPrincipal user, string caseReference, MunicipalityDirectory municipalities, Instant now, CancellationToken cancellation)
    {
        var tenant = user.FindFirst(TokenClaims.Tenant)!.Value;
        var export = await CaseExport.LoadAsync(session, caseReference, (await municipalities.FindAsync(tenant, cancellation))?.Terms.Name ?? tenant, now, cancellation);
        if (export is not null)
        {
            await AccessLog.RecordAsync(session.DocumentStore, user, AccessActions.CaseExport, caseReference, caseReference, now, cancellation);
        }
        return export;
    }
}
