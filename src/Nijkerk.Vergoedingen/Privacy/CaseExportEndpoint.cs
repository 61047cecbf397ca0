using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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
        var export = await CaseExport.ReadAsync(session, user, CaseReferences.FromRoute(caseReference), municipalities, clock.GetCurrentInstant(), cancellation);
        if (export is null)
        {
            return CommandResults.Problem(Refusal.NotFound("Case"));
        }
        return request.Accepts("text/html")
            ? new RazorComponentResult<CaseExportPage>(new { Export = export })
            : TypedResults.Ok(export);
    }
}
