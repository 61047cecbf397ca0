using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Years;

public sealed record EventPointer(long Sequence, string Stream, string Type);

public sealed record YearVerification(
    int Year, bool Sealed, bool? Valid, int Events, string? Hash, string? RecomputedHash, Instant? SealedAt, EventPointer? FirstDifference);

/// <summary>
/// <c>GET /api/years/{year}/verify</c>: recomputes the seal from the stored events and says whether it
/// still holds — and if not, which event is the first that differs from what was sealed.
/// </summary>
public static class VerifyYearEndpoint
{
    [WolverineGet("/api/years/{year}/verify")]
    [Authorize(Policy = Policies.Controller)]
    public static async Task<Results<Ok<YearVerification>, ProblemHttpResult>> Get(string year, ClaimsPrincipal user, IQuerySession session, YearLedger ledger, CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        if (!check.IsValid)
        {
            return check.ToResult();
        }
        return TypedResults.Ok(await YearVerifier.VerifyAsync(session, ledger, user.FindFirst(TokenClaims.Tenant)!.Value, number, cancellation));
    }
}
