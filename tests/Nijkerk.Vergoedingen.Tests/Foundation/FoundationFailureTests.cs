using System.Net;
using Nijkerk.Vergoedingen.Foundation;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Nijkerk.Vergoedingen.Tests.Foundation;

/// <summary>A failed notification is kept forever as an event: it says what kind of failure, never an exception's message.</summary>
public class FoundationFailureTests
{
    [Fact]
    public void A_failure_is_recorded_by_its_kind_and_nothing_the_answer_or_the_request_said()
    {
        var refused = new HttpRequestException("Response for Z-2026-0001 of household De Vries: 400", null, HttpStatusCode.BadRequest);

        Assert.Equal("status-400", Configuration.FoundationRetryPolicy.FailureOf(refused));
        Assert.Equal("status-503", Configuration.FoundationRetryPolicy.FailureOf(new HttpRequestException("down", null, HttpStatusCode.ServiceUnavailable)));
        Assert.Equal("unreachable", Configuration.FoundationRetryPolicy.FailureOf(new HttpRequestException("Connection refused (127.0.0.1:5091)")));
        Assert.Equal("circuit-open", Configuration.FoundationRetryPolicy.FailureOf(new BrokenCircuitException("open")));
        Assert.Equal("timeout", Configuration.FoundationRetryPolicy.FailureOf(new TimeoutRejectedException("slow")));
    }
}
