using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>
/// Stichting Houd Me Vast for the drill, on a fixed loopback port the nodes are configured with. Down
/// means not listening at all: the nodes get connection refused, as from a partner that is gone.
/// </summary>
public sealed class Foundation(int port) : IAsyncDisposable
{
    private WebApplication? _app;

    public string Endpoint => $"http://127.0.0.1:{port}/intake";

    /// <summary>Every delivery, with the key the ledger sent it under; a redelivery shows as a second row with the same key.</summary>
    public ConcurrentQueue<(string ReferralId, string Key, DateTimeOffset At)> Deliveries { get; } = new();

    public async Task UpAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.MapPost("/intake", async (HttpContext http) =>
        {
            var body = await http.Request.ReadFromJsonAsync<JsonObject>();
            Deliveries.Enqueue((body?["referralId"]?.GetValue<string>() ?? "", http.Request.Headers["Idempotency-Key"].ToString(), DateTimeOffset.UtcNow));
            return Results.Accepted();
        });
        await _app.StartAsync();
    }

    public async Task DownAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public ValueTask DisposeAsync() => new(DownAsync());
}
