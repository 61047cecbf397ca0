using Marten;
using Npgsql;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Reports;

/// <summary>The year as it stood at the end of one month (Europe/Amsterdam).</summary>
public sealed record MonthFigures(int Month, int SlotsInUse, int SlotsUsed, int Waitlist, decimal Budget, decimal Committed, decimal Paid);

public sealed record OutcomeCount(string Scheme, ReferralStatus Status, int Referrals);

/// <summary>Referrals requested for a year by route and status, and the average days from request to approval.</summary>
public sealed record YearOutcomes(IReadOnlyList<OutcomeCount> Outcomes, double? AverageDays)
{
    /// <summary>For a view of the year that does not show its outcomes.</summary>
    public static readonly YearOutcomes NotCounted = new([], null);
}

/// <summary>The numbers of the raadsinformatiebrief: outcomes per route, and the year month by month.</summary>
public sealed record CouncilReportData(
    int Year, string Municipality, int Capacity, decimal Budget, IReadOnlyList<OutcomeCount> Outcomes, IReadOnlyList<MonthFigures> Months,
    double? AverageDaysToApproval, string? SealHash, Instant Generated)
{
    /// <param name="outcomes">What the caller shows of the outcomes (<see cref="YearOutcomes.NotCounted"/> for a view without them); else they are counted.</param>
    public static async Task<CouncilReportData> LoadAsync(
        IQuerySession session, int year, string municipality, int defaultCapacity, Instant now, CancellationToken cancellation,
        YearOutcomes? outcomes = null)
    {
        // The year snapshots keep their figures month by month, and PostgreSQL counts the outcomes: a report
        // of a year with any number of referrals and events reads a few rows.
        var (quota, budget) = await Years.YearSnapshots.LoadAsync(session, year, cancellation);
        outcomes ??= await OutcomesAsync(session, year, cancellation);

        // Months that have begun; a month is read as it stood at its end, or now if it is still running.
        var months = new List<MonthFigures>();
        for (var month = 1; month <= 12 && Amsterdam.StartOf(new LocalDate(year, month, 1)) <= now; month++)
        {
            var q = YearMonths.AtEndOf(quota?.Months ?? [], month, m => m.Month);
            var b = YearMonths.AtEndOf(budget?.Months ?? [], month, m => m.Month);
            months.Add(new MonthFigures(month, q?.InUse ?? 0, q?.Consumed ?? 0, q?.Waitlist ?? 0, b?.Budget ?? 0m, b?.Committed ?? 0m, b?.Paid ?? 0m));
        }
        return new CouncilReportData(
            year, municipality, quota?.Capacity ?? defaultCapacity, budget?.Budget ?? 0m, outcomes.Outcomes, months,
            outcomes.AverageDays is { } days ? Math.Round(days, 1) : null, quota?.Seal?.Hash, now);
    }

    /// <summary>Counted by PostgreSQL over the year's referrals: the one part of the report whose cost grows with the year.</summary>
    public static async Task<YearOutcomes> OutcomesAsync(
        IQuerySession session, int year, CancellationToken cancellation)
    {
        var table = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_referral";
        var sql = $"""
            select data->>'scheme', data->>'status', count(*)::int,
                   avg(extract(epoch from (data->>'approvedAt')::timestamptz) * 1000 - (data->>'requestedAtUnixMs')::bigint)
                       filter (where data->>'approvedAt' is not null),
                   count(*) filter (where data->>'approvedAt' is not null)::int
              from {table}
             where tenant_id = @tenant and (data->>'requestYear')::int = @year
             group by 1, 2
            """;
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", session.TenantId);
        command.Parameters.AddWithValue("year", year);
        var (outcomes, approvedMs, approved) = (new List<OutcomeCount>(), 0d, 0);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            outcomes.Add(new OutcomeCount(reader.GetString(0), Enum.Parse<ReferralStatus>(reader.GetString(1)), reader.GetInt32(2)));
            if (reader.GetInt32(4) is > 0 and var count)
            {
                (approvedMs, approved) = (approvedMs + (double)reader.GetDecimal(3) * count, approved + count);
            }
        }
        return new YearOutcomes([.. outcomes.OrderBy(o => o.Scheme, StringComparer.Ordinal).ThenBy(o => o.Status)],
            approved == 0 ? null : approvedMs / approved / Duration.FromDays(1).TotalMilliseconds);
    }
}
