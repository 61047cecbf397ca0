using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Region;

/// <summary>
/// One municipality's year in the region's roll-up: the allocation entries of the schemes it offers, and how fast it
/// decides — null when fewer than <see cref="RegionAllocation.FewestCases"/> referrals were decided.
/// </summary>
/// <remarks>Entries are typed as object so each is written with all of its own fields.</remarks>
public sealed record MunicipalityYear(
    string Municipality, string Name, IReadOnlyList<object> Schemes,
    [property: System.ComponentModel.Description("Days from request to approval or rejection, averaged over the year's decided referrals; null when fewer than 5 were decided.")]
    double? AverageDaysToDecision)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public QuotaEntry? Quota => Schemes.OfType<QuotaEntry>().FirstOrDefault();

    [System.Text.Json.Serialization.JsonIgnore]
    public BudgetEntry? Budget => Schemes.OfType<BudgetEntry>().FirstOrDefault();
}

/// <summary>Every municipality of the region side by side for a year: aggregates only, never a case or a referral.</summary>
public sealed record RegionAllocation(int Year, IReadOnlyList<MunicipalityYear> Municipalities)
{
    /// <summary>
    /// No figure of the region is derived from fewer referrals than this: the average of one or two decisions is
    /// a household's own timeline, readable by anyone who knows the municipality had one case.
    /// </summary>
    public const int FewestCases = 5;

    public static async Task<RegionAllocation> LoadAsync(IDocumentStore store, MunicipalityDirectory directory, int year, CancellationToken cancellation)
    {
        var rows = new List<MunicipalityYear>();
        foreach (var municipality in (await directory.AllAsync(cancellation)).Values.OrderBy(m => m.Terms.Name, StringComparer.Ordinal))
        {
            await using var session = store.QuerySession(municipality.Slug);
            var (quota, budget) = await YearSnapshots.LoadAsync(session, year, cancellation);
            var terms = municipality.Terms;
            // A scheme no longer offered still shows a year it was used in (a New Year opens every quota year, used or not).
            var schemes = new List<object>();
            if (terms.Offers(Scheme.HoudMeVast) || quota is { Reserved: > 0 } or { Consumed: > 0 } || quota?.Waiting > 0)
            {
                schemes.Add(quota is not null ? QuotaEntry.From(quota) : QuotaEntry.Untouched(Scheme.HoudMeVast, year, terms.DefaultCapacity));
            }
            if (terms.Offers(Scheme.BijzondereBijstand) || budget is { Committed: > 0m } or { Paid: > 0m })
            {
                schemes.Add(budget is not null ? BudgetEntry.From(budget) : BudgetEntry.Untouched(Scheme.BijzondereBijstand, year));
            }
            var decided = await session.Query<ReferralView>()
                .Where(r => r.RequestYear == year && (r.ApprovedBy != null || r.Status == ReferralStatus.Rejected)).ToListAsync(cancellation);
            rows.Add(new MunicipalityYear(municipality.Slug, terms.Name, schemes, AverageDaysToDecision(decided)));
        }
        return new RegionAllocation(year, rows);
    }

    /// <summary>From request to approval or rejection, in days, to one decimal; nothing when fewer than <see cref="FewestCases"/> were decided.</summary>
    public static double? AverageDaysToDecision(IReadOnlyList<ReferralView> decided)
    {
        var days = decided.Select(r => r.ApprovedAt is { } approved
                ? (approved - r.RequestedAt).TotalDays
                : (Instant.FromUnixTimeMilliseconds(r.EndedAtUnixMs ?? r.RequestedAtUnixMs) - r.RequestedAt).TotalDays)
            .ToList();
        return days.Count < FewestCases ? null : Math.Round(days.Average(), 1);
    }
}

public static class RegionAllocationEndpoint
{
    [WolverineGet("/api/region/allocation/{year}")]
    [Authorize(Policy = Policies.RegionalController)]
    public static async Task<Results<Ok<RegionAllocation>, ProblemHttpResult>> Get(string year, IDocumentStore store, MunicipalityDirectory directory, CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        return check.IsValid
            ? TypedResults.Ok(await RegionAllocation.LoadAsync(store, directory, number, cancellation))
            : check.ToResult();
    }
}
