using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Region;

/// <summary>The region's report: every municipality side by side, printable Dutch HTML, or its numbers as CSV.</summary>
public static class RegionReportEndpoint
{
    [WolverineGet("/reports/region/{year}")]
    [Authorize(Policy = Policies.RegionalController)]
    public static Task<IResult> Get(
        string year, HttpRequest request, IDocumentStore store, MunicipalityDirectory directory, IClock clock, CancellationToken cancellation) =>
        ReportAsync(year, AuditTrail.WantsCsv(request), store, directory, clock, cancellation);

    [WolverineGet("/reports/region/{year}.csv")]
    [Authorize(Policy = Policies.RegionalController)]
    public static Task<IResult> GetCsv(string year, IDocumentStore store, MunicipalityDirectory directory, IClock clock, CancellationToken cancellation) =>
        ReportAsync(year, true, store, directory, clock, cancellation);

    private static async Task<IResult> ReportAsync(
        string year, bool csv, IDocumentStore store, MunicipalityDirectory directory, IClock clock, CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        if (!check.IsValid)
        {
            return check.ToResult();
        }
        var data = await RegionAllocation.LoadAsync(store, directory, number, cancellation);
        return csv
            ? Results.File(Csv(data), "text/csv; charset=utf-8", $"regio-{number}.csv")
            : new RazorComponentResult<RegionReport>(new { Data = data, Generated = clock.GetCurrentInstant() });
    }

    /// <summary>Every number of the report, one per row: municipality, scheme, measure, value; an average of fewer than five decisions has none.</summary>
    public static byte[] Csv(RegionAllocation data)
    {
        var rows = new List<(string Municipality, string Scheme, string Measure, string Value)>();
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        foreach (var m in data.Municipalities)
        {
            if (m.Quota is { } q)
            {
                rows.AddRange([(m.Municipality, q.Scheme, "capacity", N(q.Capacity)), (m.Municipality, q.Scheme, "reserved", N(q.Reserved)),
                    (m.Municipality, q.Scheme, "consumed", N(q.Consumed)), (m.Municipality, q.Scheme, "available", N(q.Available)),
                    (m.Municipality, q.Scheme, "waitlist", N(q.Waitlist))]);
            }
            if (m.Budget is { } b)
            {
                rows.AddRange([(m.Municipality, b.Scheme, "budget", Amount.Format(b.Budget)), (m.Municipality, b.Scheme, "committed", Amount.Format(b.Committed)),
                    (m.Municipality, b.Scheme, "paid", Amount.Format(b.Paid)), (m.Municipality, b.Scheme, "available", Amount.Format(b.Available))]);
            }
            // Withheld as the API withholds it: no row, rather than a number of fewer cases than the region shows.
            if (m.AverageDaysToDecision is { } days)
            {
                rows.Add((m.Municipality, "", "averageDaysToDecision", days.ToString("0.0", CultureInfo.InvariantCulture)));
            }
        }
        return CsvExport.Write(rows.Select(r => new { r.Municipality, r.Scheme, r.Measure, r.Value }));
    }
}
