using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Allocation;

/// <remarks>Entries are typed as object so each is written with all of its own fields.</remarks>
public sealed record AllocationView(int Year, string Tenant, Instant? AsOf, IReadOnlyList<object> Schemes);

/// <summary>
/// What each scheme has left in a year, from the year streams' inline snapshots — or, with
/// <c>?asOf=</c>, folded from the events up to that instant.
/// </summary>
public static class AllocationViewEndpoint
{
    [Answers<AllocationView>]
    [WolverineGet("/api/allocation/{year}")]
    [Authorize(Policy = Policies.AnyRole)]
    public static async Task<IResult> Get(
        string year, string? asOf, ClaimsPrincipal user, IQuerySession session, IOptions<QuotaSettings> quotas, CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        var at = check.Instant("asOf", asOf);
        if (!check.IsValid)
        {
            return check.ToProblem().ToResult();
        }

        var entries = new List<object>();
        foreach (var scheme in Scheme.All)
        {
            entries.Add(scheme.Kind == SchemeKind.Quota
                ? await LoadAsync<QuotaYear>(session, QuotaYear.StreamKey(scheme, number), at, cancellation) is { } q
                    ? QuotaEntry.From(q)
                    : QuotaEntry.Untouched(scheme, number, quotas.Value.DefaultCapacity)
                : await LoadAsync<BudgetYear>(session, BudgetYear.StreamKey(scheme, number), at, cancellation) is { } b
                    ? BudgetEntry.From(b)
                    : BudgetEntry.Untouched(scheme, number));
        }
        return Results.Ok(new AllocationView(number, user.FindFirst(TokenClaims.Tenant)!.Value, at, entries));
    }

    private static Task<T?> LoadAsync<T>(IQuerySession session, string key, Instant? asOf, CancellationToken cancellation) where T : class =>
        asOf is { } at
            ? session.Events.AggregateStreamAsync<T>(key, timestamp: at.ToDateTimeOffset(), token: cancellation)
            : session.LoadAsync<T>(key, cancellation);
}
