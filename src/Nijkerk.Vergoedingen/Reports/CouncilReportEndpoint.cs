using System.Globalization;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Reports;

/// <summary><c>GET /reports/{year}</c>: the council report as printable Dutch HTML; <c>.csv</c> or <c>Accept: text/csv</c> for its numbers.</summary>
public static class CouncilReportEndpoint
{
    [WolverineGet("/reports/{year}")]
    [Authorize(Policy = Policies.Reports)]
    public static Task<IResult> Get(
        string year, HttpRequest request, ClaimsPrincipal user, IQuerySession session, IClock clock,
        MunicipalityDirectory municipalities, CancellationToken cancellation) =>
        ReportAsync(year, AuditTrail.WantsCsv(request), user, session, clock, municipalities, cancellation);

    [WolverineGet("/reports/{year}.csv")]
    [Authorize(Policy = Policies.Reports)]
    public static Task<IResult> GetCsv(
        string year, ClaimsPrincipal user, IQuerySession session, IClock clock,
        MunicipalityDirectory municipalities, CancellationToken cancellation) =>
        ReportAsync(year, true, user, session, clock, municipalities, cancellation);

    private static async Task<IResult> ReportAsync(
        string year, bool csv, ClaimsPrincipal user, IQuerySession session, IClock clock,
        MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        if (!check.IsValid)
        {
            return check.ToResult();
        }
        var tenant = user.FindFirst(TokenClaims.Tenant)!.Value;
        var terms = await municipalities.TermsOfAsync(tenant, cancellation);
        var data = await CouncilReportData.LoadAsync(session, number, terms.Name, terms.DefaultCapacity, clock.GetCurrentInstant(), cancellation);
        return csv
            ? Results.File(Csv(data), "text/csv; charset=utf-8", $"raadsinformatiebrief-{number}.csv")
            : new RazorComponentResult<CouncilReport>(new { Data = data });
    }

    /// <summary>Every number of the report, one per row: section, subject, measure, value.</summary>
    public static byte[] Csv(CouncilReportData data)
    {
        var rows = new List<(string Section, string Subject, string Measure, string Value)>();
        foreach (var o in data.Outcomes)
        {
            rows.Add(("outcome", o.Scheme, o.Status.ToString(), o.Referrals.ToString(CultureInfo.InvariantCulture)));
        }
        foreach (var m in data.Months)
        {
            var month = $"{data.Year}-{m.Month:00}";
            rows.Add(("month", month, "slotsInUse", m.SlotsInUse.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("month", month, "slotsUsed", m.SlotsUsed.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("month", month, "waitlist", m.Waitlist.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("month", month, "budget", Common.Amount.Format(m.Budget)));
            rows.Add(("month", month, "committed", Common.Amount.Format(m.Committed)));
            rows.Add(("month", month, "paid", Common.Amount.Format(m.Paid)));
        }
        rows.Add(("year", data.Year.ToString(CultureInfo.InvariantCulture), "capacity", data.Capacity.ToString(CultureInfo.InvariantCulture)));
        rows.Add(("year", data.Year.ToString(CultureInfo.InvariantCulture), "budget", Common.Amount.Format(data.Budget)));
        if (data.AverageDaysToApproval is { } days)
        {
            rows.Add(("year", data.Year.ToString(CultureInfo.InvariantCulture), "averageDaysToApproval", days.ToString("0.0", CultureInfo.InvariantCulture)));
        }
        return CsvExport.Write(rows.Select(r => new { r.Section, r.Subject, r.Measure, r.Value }));
    }
}
