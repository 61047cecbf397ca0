using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Allocation;

/// <remarks>Entries are typed as object so each is written with all of its own fields.</remarks>
public sealed record AllocationView(int Year, string Tenant, Instant? AsOf, IReadOnlyList<object> Schemes);

/// <summary>
/// What each scheme has left in a year, from the year streams' inline snapshots — or, with
/// <c>?asOf=</c>, folded from the events up to that instant.
/// </summary>
public static class AllocationViewEndpoint
{
    [WolverineGet("/api/allocation/{year}")]
    [Authorize(Policy = Policies.AnyRole)]
    public static async Task<Results<Ok<AllocationView>, ProblemHttpResult>> Get(
        string year, string? asOf, ClaimsPrincipal user, IQuerySession session, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        var at = check.Instant("asOf", asOf);
        if (!check.IsValid)
        {
            return check.ToResult();
        }

        // The snapshots as they stand; as of an instant, each is folded from its events.
        var (quota, budget) = at is { } instant
            ? (await session.Events.AggregateStreamAsync<QuotaYear>(
                    QuotaYear.StreamKey(Scheme.HoudMeVast, number), timestamp: instant.ToDateTimeOffset(), token: cancellation),
                await session.Events.AggregateStreamAsync<BudgetYear>(
                    BudgetYear.StreamKey(Scheme.BijzondereBijstand, number), timestamp: instant.ToDateTimeOffset(), token: cancellation))
            : await YearSnapshots.LoadAsync(session, number, cancellation);
        var entries = new List<object>
        {
            quota is not null ? QuotaEntry.From(quota) : QuotaEntry.Untouched(Scheme.HoudMeVast, number, (await municipalities.TermsOfAsync(session.TenantId, cancellation)).DefaultCapacity),
            budget is not null ? BudgetEntry.From(budget) : BudgetEntry.Untouched(Scheme.BijzondereBijstand, number),
        };
        return TypedResults.Ok(new AllocationView(number, user.FindFirst(TokenClaims.Tenant)!.Value, at, entries));
    }
}
