using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;


public sealed record ClaimQueue(IReadOnlyList<ClaimDetails> Items);

/// <summary><c>GET /api/claims?status=Submitted</c>: the financial officers' work queue, oldest first.</summary>
public static class ClaimQueueEndpoint
{
    [WolverineGet("/api/claims")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<IResult> Get(string? status, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var wanted = ClaimStatus.Submitted;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out wanted) || int.TryParse(status, out _)))
        {
            return Problems.Validation("status", $"must be one of {string.Join(", ", Enum.GetNames<ClaimStatus>())}").ToResult();
        }
        var referrals = await session.Query<Referral>().Where(r => r.Claims.Any(c => c.Status == wanted)).ToListAsync(cancellation);
        var today = Amsterdam.DateOf(clock.GetCurrentInstant());
        var items = referrals
            .SelectMany(r => r.Claims.Where(c => c.Status == wanted).Select(c => (Referral: r, Claim: c)))
            .OrderBy(x => x.Claim.RecordedAt)
            .Select(x => ClaimDetails.From(x.Referral, x.Claim) with
            {
                AgeInDays = Period.Between(Amsterdam.DateOf(x.Claim.RecordedAt), today, PeriodUnits.Days).Days,
            });
        return Results.Ok(new ClaimQueue([.. items]));
    }
}
