using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// A ledger in a schema of its own, for tests that stop and start the app: what it scheduled and what
/// it still has to send must survive the restart, and nothing of it may reach the shared test host.
/// </summary>
public sealed class IsolatedLedger(LedgerApp app, IDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly string _schema = $"iso_{Guid.NewGuid():N}"[..16];

    public string Schema => _schema;
    private WebApplicationFactory<Program>? _host;

    public WebApplicationFactory<Program> Host => _host ?? throw new InvalidOperationException("Start the ledger first.");

    /// <summary>Events of a type in Nijkerk, on one stream or on all.</summary>
    public Task<long> CountAsync(string type, string? stream = null) => app.Database.ScalarAsync<long>(
        $"select count(*) from {_schema}.mt_events where tenant_id = 'nijkerk' and type = @type and (@stream = '' or stream_id = @stream)",
        ("type", type), ("stream", stream ?? ""));

    /// <summary>Messages of a type the ledger has received or scheduled and not handled yet; with <paramref name="notDueYet"/>, only those scheduled for later.</summary>
    public Task<long> PendingAsync(string messageType, bool notDueYet = false) =>
        EnvelopesAsync(messageType, notDueYet ? "status = 'Scheduled' and execution_time > now()" : "status in ('Incoming', 'Scheduled')");

    /// <summary>Messages of a type the ledger has handled and still keeps (its inbox keeps them a while, to know a redelivery).</summary>
    public Task<long> HandledAsync(string messageType) => EnvelopesAsync(messageType, "status = 'Handled'");

    private Task<long> EnvelopesAsync(string messageType, string condition) => app.Database.ScalarAsync<long>(
        $"select count(*) from {_schema}.wolverine_incoming_envelopes where message_type ilike @type and {condition}", ("type", $"%{messageType}%"));

    public void Start()
    {
        _host = app.Host("Development", builder =>
        {
            builder.UseSetting("Ledger:Schema", _schema);
            builder.UseSetting("Ledger:DurabilityMode", "Solo");
            builder.UseSetting("Ledger:SchedulePolling", "00:00:00.200");
            builder.UseSetting("Quotas:ScheduleNewYear", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        _ = _host.Server;
    }

    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    public Task<HttpClient> SignIn(string user, string role) => Host.SignIn(user, role);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.Database.ScalarAsync<int>($"drop schema if exists {_schema} cascade; select 1");
    }
}

public static class Eventually
{
    /// <summary>Waits for background work (a scheduled message, a retry) to show its effect; fails after the limit.</summary>
    public static async Task Holds(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"Within {seconds} s: {what}");
    }
}
