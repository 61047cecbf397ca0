using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Foundation;

/// <summary>
/// What the foundation receives: the case, the year and the slot — nothing more — and the ids it answers
/// with: the referral's, and the municipality's slug, which names the webhook it posts to.
/// </summary>
public sealed record FoundationReferral(string CaseReference, int Year, int Slot, string ReferralId, string Municipality);

/// <summary>
/// The HTTP call to the foundation. Timeouts, retries with jittered backoff and the circuit breaker sit
/// in the client's resilience pipeline (Foundation/Configuration.cs); here a refusal becomes an exception.
/// </summary>
public sealed class FoundationClient(IHttpClientFactory clients, IOptions<FoundationSettings> settings)
{
    public const string Name = "houd-me-vast";

    public async Task SendAsync(FoundationReferral referral, string notificationId, CancellationToken cancellation)
    {
        var http = clients.CreateClient(Name);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Value.Endpoint) { Content = JsonContent.Create(referral) };
        // The foundation can recognise a notification it already has, should one ever arrive twice.
        request.Headers.Add("Idempotency-Key", notificationId);
        if (settings.Value.ApiKey is { Length: > 0 } key)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        await PartnerResilience.MeasuredAsync(Name, "notify", async () =>
        {
            using var response = await http.SendAsync(request, cancellation);
            // A redirect (never followed, see Configuration.cs) fails here like any answer that is not a success, and is recorded as such.
            response.EnsureSuccessStatusCode();
            return true;
        });
    }
}
