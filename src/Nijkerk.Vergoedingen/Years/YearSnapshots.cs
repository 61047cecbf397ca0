using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Years;

/// <summary>A municipality's year as its two inline snapshots hold it: the houd-me-vast quota and the bijzondere-bijstand budget.</summary>
public static class YearSnapshots
{
    /// <summary>Both snapshots in one round trip; either is null for a year that stream never opened.</summary>
    public static async Task<(QuotaYear? Quota, BudgetYear? Budget)> LoadAsync(IQuerySession session, int year, CancellationToken cancellation)
    {
        var batch = session.CreateBatchQuery();
        var quota = batch.Load<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year));
        var budget = batch.Load<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year));
        await batch.Execute(cancellation);
        return (await quota, await budget);
    }
}
