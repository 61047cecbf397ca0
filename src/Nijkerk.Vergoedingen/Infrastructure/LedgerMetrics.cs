using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// The ledger's own measures, on the meter <see cref="MeterName"/>. Labels name kinds and outcomes only —
/// a command's type, a refusal's code, a partner, a job, a result — never a person, a case or an id, so a
/// scrape holds nothing personal and the number of series stays small.
/// </summary>
public static class LedgerMetrics
{
    public const string MeterName = "Nijkerk.Vergoedingen";

    /// <summary>From a millisecond (a refusal read from memory) to the bus's ten-second queue behind a busy year.</summary>
    public static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "ledger.commands", "{command}", "Commands sent, by kind and outcome (done, refused, replayed, failed).");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "ledger.refusals", "{refusal}", "Commands refused, by kind and problem code.");

    private static readonly Histogram<double> CommandDuration = Meter.CreateHistogram(
        "ledger.command.duration", "s", "From a command handed to the bus to its outcome, by kind and outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    private static readonly Counter<long> PartnerCalls = Meter.CreateCounter<long>(
        "ledger.partner.calls", "{call}", "Calls to a partner (the foundation, the Zaken API), by call and result (ok, failed).");

    private static readonly Counter<long> PartnerFailures = Meter.CreateCounter<long>(
        "ledger.partner.failures", "{failure}", "Failed calls to a partner, by call and the category of the failure.");

    private static readonly Counter<long> CalendarRuns = Meter.CreateCounter<long>(
        "ledger.calendar.runs", "{run}", "Runs of the calendar's jobs (scheduling, New Year), by job and result.");

    private static readonly Counter<long> SealChecks = Meter.CreateCounter<long>(
        "ledger.seal.checks", "{check}", "Seal verifications of a year, by result (intact, broken, unsealed).");

    public static void CommandSent(string kind, string outcome, string? code, TimeSpan? elapsed)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        Commands.Add(1, tags);
        if (elapsed is { } duration)
        {
            CommandDuration.Record(duration.TotalSeconds, tags);
        }
        if (code is not null)
        {
            Refusals.Add(1, new TagList { { "kind", kind }, { "code", code } });
        }
    }

    /// <summary>A partner call's result; <paramref name="failure"/> is a category such as <c>timeout</c> or <c>status-503</c>, never a message.</summary>
    public static void PartnerCalled(string partner, string call, string? failure)
    {
        PartnerCalls.Add(1, new TagList { { "partner", partner }, { "call", call }, { "result", failure is null ? "ok" : "failed" } });
        if (failure is not null)
        {
            PartnerFailures.Add(1, new TagList { { "partner", partner }, { "call", call }, { "reason", failure } });
        }
    }

    public static void CalendarRan(string job, bool succeeded) =>
        CalendarRuns.Add(1, new TagList { { "job", job }, { "result", succeeded ? "ok" : "failed" } });

    /// <summary>Runs one of the calendar's jobs, counting it as it ends: done, or failed (and then retried by Wolverine).</summary>
    public static async Task<T> CalendarRunAsync<T>(string job, Func<Task<T>> run)
    {
        try
        {
            var result = await run();
            CalendarRan(job, true);
            return result;
        }
        catch
        {
            CalendarRan(job, false);
            throw;
        }
    }

    public static void SealChecked(string result) => SealChecks.Add(1, new TagList { { "result", result } });
}
