using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Reports;

/// <summary>The year as it stood at the end of one month (Europe/Amsterdam).</summary>
public sealed record MonthFigures(int Month, int SlotsInUse, int SlotsUsed, int Waitlist, decimal Budget, decimal Committed, decimal Paid);

public sealed record OutcomeCount(string Scheme, ReferralStatus Status, int Referrals);

/// <summary>The numbers of the raadsinformatiebrief: outcomes per route, and the year month by month.</summary>
public sealed record CouncilReportData(
    int Year, string Municipality, int Capacity, decimal Budget, IReadOnlyList<OutcomeCount> Outcomes, IReadOnlyList<MonthFigures> Months,
    double? AverageDaysToApproval, string? SealHash, Instant Generated)
{
    public static async Task<CouncilReportData> LoadAsync(
        IQuerySession session, int year, string municipality, int defaultCapacity, Instant now, CancellationToken cancellation)
    {
        var quotaEvents = (await session.Events.FetchStreamAsync(QuotaYear.StreamKey(Scheme.HoudMeVast, year), token: cancellation))
            .Select(e => e.Data).OfType<ILedgerEvent>().ToList();
        var budgetEvents = (await session.Events.FetchStreamAsync(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year), token: cancellation))
            .Select(e => e.Data).OfType<ILedgerEvent>().ToList();
        var referrals = await session.Query<Referral>().Where(r => r.RequestYear == year).ToListAsync(cancellation);

        // Months that have begun; a month is read as it stood at its end, or now if it is still running.
        var months = new List<MonthFigures>();
        for (var month = 1; month <= 12; month++)
        {
            var start = Amsterdam.StartOf(new LocalDate(year, month, 1));
            if (start > now)
            {
                break;
            }
            var end = Amsterdam.StartOf(new LocalDate(year, month, 1).PlusMonths(1));
            var quota = QuotaYear.Fold(null, quotaEvents.Where(e => e.At < end));
            var budget = BudgetYear.Fold(null, budgetEvents.Where(e => e.At < end));
            months.Add(new MonthFigures(month, quota?.InUse ?? 0, quota?.Consumed ?? 0, quota?.Waitlist.Count ?? 0,
                budget?.Budget ?? 0m, budget?.Committed ?? 0m, budget?.Paid ?? 0m));
        }
        var finalQuota = QuotaYear.Fold(null, quotaEvents);
        var finalBudget = BudgetYear.Fold(null, budgetEvents);
        var approved = referrals.Where(r => r.ApprovedAt is not null).Select(r => (r.ApprovedAt!.Value - r.RequestedAt).TotalDays).ToList();
        return new CouncilReportData(
            year, municipality, finalQuota?.Capacity ?? defaultCapacity, finalBudget?.Budget ?? 0m,
            [.. referrals.GroupBy(r => (r.Scheme, r.Status)).OrderBy(g => g.Key.Scheme.Slug).ThenBy(g => g.Key.Status)
                .Select(g => new OutcomeCount(g.Key.Scheme.Slug, g.Key.Status, g.Count()))],
            months, approved.Count == 0 ? null : Math.Round(approved.Average(), 1), finalQuota?.Seal?.Hash, now);
    }
}
