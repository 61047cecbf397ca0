using Microsoft.Extensions.Http.Resilience;
using Polly;

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
}
