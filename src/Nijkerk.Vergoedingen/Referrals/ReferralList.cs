using Marten;
using Marten.Linq.MatchesSql;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record ReferralPage(IReadOnlyList<ReferralDetails> Items, int Page, int PageSize, long Total);

/// <summary><c>GET /api/referrals?year=&amp;scheme=&amp;status=&amp;page=&amp;pageSize=</c>, oldest request first.</summary>
public static class ReferralListEndpoint
{
    public const int MaxPageSize = 200;

    [WolverineGet("/api/referrals")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<Results<Ok<ReferralPage>, ProblemHttpResult>> Get(
        string? year, string? scheme, string? status, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var check = new Validation();
        var query = session.Query<ReferralView>().AsQueryable();
        if (year is not null)
        {
            var y = check.AnyYear("year", year);
            query = query.Where(r => r.Year == y);
        }
        if (scheme is not null && check.Scheme("scheme", scheme) is { } s)
        {
            // The scheme is stored as its slug; compare it there, not as the value type.
            query = query.Where(r => r.MatchesSql("d.data ->> 'scheme' = ?", s.Slug));
        }
        if (status is not null)
        {
            if (Enum.TryParse<ReferralStatus>(status, ignoreCase: true, out var st) && !int.TryParse(status, out _))
            {
                query = query.Where(r => r.Status == st);
            }
            else
            {
                check.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<ReferralStatus>())}");
            }
        }
        var pageNumber = check.Whole("page", page, 1, Validation.MaxPage, 1);
        var size = check.Whole("pageSize", pageSize, 1, MaxPageSize, 50);
        if (!check.IsValid)
        {
            return check.ToResult();
        }

        var referrals = await query.OrderBy(r => r.RequestedAtUnixMs).ThenBy(r => r.Id).ToPagedListAsync(pageNumber, size, cancellation);
        var positions = await WaitingLine.PositionsAsync(session, referrals, cancellation);
        return TypedResults.Ok(new ReferralPage(
            [.. referrals.Select(r => ReferralDetails.From(r, positions(r)))], pageNumber, size, referrals.TotalItemCount));
    }

}
