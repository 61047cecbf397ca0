using System.Text.Json.Serialization;
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

/// <summary>
/// A page of the financial officers' work queue: the claims in one status, oldest first, and the next page's number
/// while there is one. Claims live inside their referrals, so the page is picked out in PostgreSQL and only its
/// referrals are read: a status every claim ends in (Paid) grows for ever.
/// </summary>
public sealed record ClaimQueue(IReadOnlyList<ClaimDetails> Items)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? NextPage { get; init; }

    /// <summary>One page of the claims in one status across referrals, oldest first, each with how long it has waited; <paramref name="unbatched"/>: only those in no payment batch.</summary>
    public static async Task<ClaimQueue> PageAsync(
        IQuerySession session, ClaimStatus status, bool unbatched, int page, int size, LocalDate today, CancellationToken cancellation)
    {
        var keys = await session.QueryAsync<string>($"""
            select d.id || ' ' || (c.claim ->> 'id') {From(session, unbatched)}
            order by (c.claim ->> 'recordedAt')::timestamptz, c.claim ->> 'id'
            offset ? limit ?
            """, cancellation, session.TenantId, status.ToString(), (long)(page - 1) * size, size + 1);
        var pairs = keys.Take(size).Select(k => k.Split(' ')).Select(p => (Referral: p[0], Claim: p[1])).ToList();
        var referrals = (await session.LoadManyAsync<ReferralView>(cancellation, pairs.Select(p => p.Referral).Distinct())).ToDictionary(r => r.Id);
        var items = from p in pairs
                    let referral = referrals[p.Referral]
                    let claim = referral.ClaimOf(p.Claim)!
                    select ClaimDetails.From(referral, claim) with
                    {
                        AgeInDays = Period.Between(Amsterdam.DateOf(claim.RecordedAt), today, PeriodUnits.Days).Days,
                    };
        return new ClaimQueue([.. items])
        {
            NextPage = keys.Count > size ? page + 1 : null,
        };
    }

    /// <summary>How many approved claims in no batch wait for payment, and what is left to pay on them, counted in PostgreSQL.</summary>
    public static async Task<(long Count, decimal Unpaid)> AwaitingPaymentAsync(IQuerySession session, CancellationToken cancellation)
    {
        var args = new object[] { session.TenantId, nameof(ClaimStatus.Approved) };
        var count = (await session.QueryAsync<long>($"select count(*) {From(session, true)}", cancellation, args)).Single();
        var unpaid = (await session.QueryAsync<decimal>(
            $"select coalesce(sum((c.claim ->> 'amount')::numeric - (c.claim ->> 'paid')::numeric), 0) {From(session, true)}", cancellation, args)).Single();
        return (count, unpaid);
    }

    private static string From(IQuerySession session, bool unbatched) => $"""
        from {session.DocumentStore.Options.FindOrResolveDocumentType(typeof(ReferralView)).TableName.QualifiedName} d
        cross join lateral jsonb_array_elements(d.data -> 'claims') as c(claim)
        where d.tenant_id = ? and c.claim ->> 'status' = ?{(unbatched ? " and c.claim ->> 'batchId' is null" : "")}
        """;
}

/// <summary><c>GET /api/claims?status=Submitted&amp;page=&amp;pageSize=</c>: the financial officers' work queue, oldest first, a page at a time.</summary>
public static class ClaimQueueEndpoint
{
    [WolverineGet("/api/claims")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<Results<Ok<ClaimQueue>, ProblemHttpResult>> Get(
        string? status, string? page, string? pageSize, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var check = new Validation();
        var wanted = ClaimStatus.Submitted;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out wanted) || int.TryParse(status, out _)))
        {
            check.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<ClaimStatus>())}");
        }
        var number = check.Whole("page", page, 1, Validation.MaxPage, 1);
        var size = check.Whole("pageSize", pageSize, 1, ClaimQueue.MaxPageSize, ClaimQueue.DefaultPageSize);
        if (!check.IsValid)
        {
            return check.ToResult();
        }
        return TypedResults.Ok(await ClaimQueue.PageAsync(session, wanted, false, number, size, Amsterdam.DateOf(clock.GetCurrentInstant()), cancellation));
    }
}
