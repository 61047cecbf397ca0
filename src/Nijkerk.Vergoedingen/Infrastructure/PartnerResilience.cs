using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>The resilience of a call to a partner outside the process (the foundation, a zaaksysteem).</summary>
public static class PartnerResilience
{
    /// <summary>
    /// Per attempt a timeout, then retries with jittered exponential backoff, a circuit breaker that samples at
    /// least three attempts' time, and a total timeout that lets every attempt and its backoff finish.
    /// </summary>
    public static void Configure(HttpStandardResilienceOptions resilience, TimeSpan attemptTimeout, int retries, TimeSpan retryDelay)
    {
        resilience.AttemptTimeout.Timeout = attemptTimeout;
        resilience.Retry.MaxRetryAttempts = retries;
        resilience.Retry.Delay = retryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, attemptTimeout.Ticks * 3));
        resilience.TotalRequestTimeout.Timeout = attemptTimeout * (retries + 2) + retryDelay * (1 << Math.Min(retries, 10));
    }

    /// <summary>
    /// What went wrong with a partner, as a category: an exception's message may quote the answer or the
    /// request, and the category is kept in events and metrics.
    /// </summary>
    public static string FailureOf(Exception exception) => exception switch
    {
        BrokenCircuitException => "circuit-open",
        TimeoutRejectedException or TaskCanceledException => "timeout",
        HttpRequestException { StatusCode: { } status } => $"status-{(int)status}",
        HttpRequestException => "unreachable",
        _ => "failed",
    };

    /// <summary>Makes a call to a partner, counting it and, when it fails, the category of its failure.</summary>
    public static async Task<T> MeasuredAsync<T>(string partner, string call, Func<Task<T>> send)
    {
        try
        {
            var result = await send();
            LedgerMetrics.PartnerCalled(partner, call, null);
            return result;
        }
        catch (Exception e)
        {
            LedgerMetrics.PartnerCalled(partner, call, FailureOf(e));
            throw;
        }
    }
}
