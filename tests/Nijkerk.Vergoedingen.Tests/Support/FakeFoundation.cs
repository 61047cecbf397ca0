using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// Stichting Houd Me Vast on loopback: it counts what it receives, and can fail the first calls,
/// answer slowly, refuse everything, or be down altogether. It confirms a placement as the real one
/// would: from the notification it received and the secret each municipality gave it, nothing more.
/// </summary>
public sealed class FakeFoundation : IAsyncDisposable
{
    private WebApplication? _app;
    private int _failFirst;

    public int Port { get; private set; }

    public string Endpoint => $"http://127.0.0.1:{Port}/intake";

    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    public int Attempts;

    /// <summary>Answer 503 to everything while true.</summary>
    public volatile bool Refusing;

    public TimeSpan Delay { get; set; }

    /// <summary>Answer 307 Temporary Redirect to this address, while set.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>Every <c>X-Api-Key</c> that came in, whatever the answer.</summary>
    public ConcurrentQueue<string> ApiKeys { get; } = new();

    public void FailFirst(int calls) => _failFirst = calls;

    public static async Task<FakeFoundation> StartAsync()
    {
        var foundation = new FakeFoundation();
        await foundation.UpAsync();
        return foundation;
    }

    public async Task UpAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        _app = builder.Build();
        _app.MapPost("/intake", async (HttpContext http) =>
        {
            Interlocked.Increment(ref Attempts);
            if (http.Request.Headers.TryGetValue("X-Api-Key", out var key))
            {
                ApiKeys.Enqueue(key.ToString());
            }
            if (RedirectTo is { } elsewhere)
            {
                return Results.Redirect(elsewhere, permanent: false, preserveMethod: true);
            }
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            if (Refusing || Interlocked.Decrement(ref _failFirst) >= 0)
            {
                return Results.StatusCode(503);
            }
            var body = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
            body["idempotencyKey"] = http.Request.Headers["Idempotency-Key"].ToString();
            Accepted.Enqueue(body);
            return Results.Accepted();
        });
        await _app.StartAsync();
        Port = new Uri(_app.Urls.First()).Port;
    }

    /// <summary>Stop listening: callers get connection refused, as from a partner that is down.</summary>
    public async Task DownAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>The webhook secret each municipality shared with the foundation, by slug.</summary>
    public Dictionary<string, string> Secrets { get; } = [];

    /// <summary>The foundation's own clock, which agrees with the ledger's.</summary>
    public Func<NodaTime.Instant> Now { get; set; } = () => NodaTime.SystemClock.Instance.GetCurrentInstant();

    /// <summary>
    /// Answers a notification: posts a signed webhook to the ledger at <paramref name="ledger"/>, made
    /// from the notification's referral id and municipality and that municipality's secret alone.
    /// </summary>
    public Task<HttpResponseMessage> ConfirmAsync(HttpClient ledger, JsonObject notification, string placementReference)
    {
        var municipality = notification["municipality"]!.GetValue<string>();
        var body = JsonSerializer.Serialize(new { referralId = notification["referralId"]!.GetValue<string>(), municipality, placementReference });
        return ledger.SendAsync(Signed(municipality, body, Secrets[municipality], $"msg_{Guid.NewGuid():N}", Now().ToUnixTimeSeconds()));
    }

    /// <summary>
    /// A webhook as Standard Webhooks signs it: HMAC-SHA256 with the secret's key (the base64 after
    /// <c>whsec_</c>) over "{id}.{timestamp}.{body}", in <c>webhook-signature</c> as <c>v1,{base64}</c>;
    /// <paramref name="sentBody"/>, when given, goes out instead of the body signed, as if changed on the way.
    /// </summary>
    public static HttpRequestMessage Signed(string municipality, string body, string secret, string id, long timestamp, string? sentBody = null)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/houd-me-vast/{municipality}")
        {
            Content = new StringContent(sentBody ?? body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", $"v1,{signature}");
        return request;
    }

    public int AcceptedFor(string referralId) => Accepted.Count(a => a["referralId"]?.GetValue<string>() == referralId);

    public ValueTask DisposeAsync() => new(DownAsync());
}
