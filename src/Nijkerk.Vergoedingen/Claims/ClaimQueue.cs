using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

/// <summary>The financial officers' work queue: the claims in one status, oldest first.</summary>
public sealed record ClaimQueue(IReadOnlyList<ClaimDetails> Items)
{
    /// <summary>The claims in one status across referrals, oldest first, each with how long it has waited.</summary>
    public static async Task<IReadOnlyList<ClaimDetails>> ListAsync(IQuerySession session, ClaimStatus status, LocalDate today, CancellationToken cancellation)
    {
        var referrals = await session.Query<ReferralView>().Where(r => r.Claims.Any(c => c.Status == status)).ToListAsync(cancellation);
        return [.. referrals
            .SelectMany(r => r.Claims.Where(c => c.Status == status).Select(c => (Referral: r, Claim: c)))
            .OrderBy(x => x.Claim.RecordedAt)
            .Select(x => ClaimDetails.From(x.Referral, x.Claim) with
            {
                AgeInDays = Period.Between(Amsterdam.DateOf(x.Claim.RecordedAt), today, PeriodUnits.Days).Days,
            })];
    }
}

/// <summary><c>GET /api/claims?status=Submitted</c>: the financial officers' work queue, oldest first.</summary>
public static class ClaimQueueEndpoint
{
    [WolverineGet("/api/claims")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<Results<Ok<ClaimQueue>, ProblemHttpResult>> Get(string? status, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var wanted = ClaimStatus.Submitted;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out wanted) || int.TryParse(status, out _)))
        {
            return Problems.Validation("status", $"must be one of {string.Join(", ", Enum.GetNames<ClaimStatus>())}").ToResult();
        }
        var items = await ClaimQueue.ListAsync(session, wanted, Amsterdam.DateOf(clock.GetCurrentInstant()), cancellation);
        return TypedResults.Ok(new ClaimQueue(items));
    }
}
