using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
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
    [Answers<CaseExport>]
    [WolverineGet("/api/cases/{caseReference}/export")]
    [Authorize(Policy = Policies.PrivacyOfficer)]
    public static async Task<IResult> Get(
        string caseReference, HttpRequest request, ClaimsPrincipal user, IQuerySession session, IClock clock,
        MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var tenant = user.FindFirst(TokenClaims.Tenant)!.Value;
        var now = clock.GetCurrentInstant();
        var export = await CaseExport.LoadAsync(session, caseReference, (await municipalities.FindAsync(tenant, cancellation))?.Terms.Name ?? tenant, now, cancellation);
        if (export is null)
        {
            return Problems.For(Refusal.NotFound("Case")).ToResult();
        }
        await AccessLog.RecordAsync(session.DocumentStore, user, AccessActions.CaseExport, caseReference, caseReference, now, cancellation);
        return request.Accepts("text/html")
            ? new RazorComponentResult<CaseExportPage>(new { Export = export })
            : Results.Ok(export);
    }
}
