using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// Stichting Houd Me Vast on loopback: it counts what it receives, and can fail the first calls,
/// answer slowly, refuse everything, or be down altogether.
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

    public int AcceptedFor(string referralId) => Accepted.Count(a => a["referralId"]?.GetValue<string>() == referralId);

    public ValueTask DisposeAsync() => new(DownAsync());
}
