using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Nijkerk.Vergoedingen.Fixture;

/// <summary>
/// The ledger of whatever commit this is built with, in Development on the database named by
/// <c>ConnectionStrings__Ledger</c>, with a clock the story moves. Spoken to through its API only.
/// </summary>
public sealed class Ledger : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;
    private readonly Dictionary<string, HttpClient> _clients = [];

    public Ledger(string connection, string schema, Instant start)
    {
        Clock = new FakeClock(start);
        JasperFxEnvironment.AutoStartHost = true;
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Ledger", connection);
            builder.UseSetting("Ledger:Schema", schema);
            builder.UseSetting("Ledger:DurabilityMode", "Solo");
            builder.UseSetting("Ledger:SchedulePolling", "00:00:00.200");
            builder.UseSetting("Quotas:ScheduleNewYear", "false");
            // Seeds every municipality with a reservation that expires in seconds; the story gives Nijkerk and
            // Ede their eight weeks back, so that Rhenen's is the reservation that expires.
            builder.UseSetting("Quotas:ReservationExpiry", "00:00:02");
            builder.UseSetting("RateLimits:Api:PermitLimit", "100000");
            // The foundation: an intake that takes every notification (Accepting, below).
            builder.UseSetting("HoudMeVast:Endpoint", "http://foundation.invalid/intake");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                services.AddHttpClient("houd-me-vast").ConfigurePrimaryHttpMessageHandler(() => new Accepting());
            });
        });
        _ = _host.Server;
    }

    public FakeClock Clock { get; }

    public Instant Now => Clock.GetCurrentInstant();

    /// <summary>A client with a token for this user, role and municipality, made once.</summary>
    public async Task<HttpClient> As(string user, string role, string tenant = "nijkerk")
    {
        var key = $"{user}/{role}/{tenant}";
        if (_clients.TryGetValue(key, out var known))
        {
            return known;
        }
        var client = _host.CreateClient();
        var answer = await client.PostAsJsonAsync("/dev/token", new { user, roles = new[] { role }, tenant });
        answer.EnsureSuccessStatusCode();
        var token = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _clients[key] = client;
    }

    public HttpClient Anonymous() => _host.CreateClient();

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await _host.DisposeAsync();
    }

    /// <summary>Stichting Houd Me Vast's intake as the story needs it: every notification taken.</summary>
    private sealed class Accepting : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
    }
}

/// <summary>Requests as the story sends them: each checked for the status it must answer with.</summary>
public static class Calls
{
    public static async Task<JsonObject> Expect(this HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode status, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{method} {path}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        }
        return text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : [];
    }

    public static Task<JsonObject> Post(this HttpClient client, string path, object? body = null, HttpStatusCode status = HttpStatusCode.OK, string? key = null) =>
        client.Expect(HttpMethod.Post, path, body, status, key);

    public static Task<JsonObject> Put(this HttpClient client, string path, object body) => client.Expect(HttpMethod.Put, path, body, HttpStatusCode.OK);

    public static Task<JsonObject> Get(this HttpClient client, string path) => client.Expect(HttpMethod.Get, path, null, HttpStatusCode.OK);

    public static string Str(this JsonNode node, string name) => node[name]!.GetValue<string>();

    /// <summary>Waits for background work (a notification, an expiry) to show in what the API answers.</summary>
    public static async Task Until(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Within 60 s: {what}");
            }
            await Task.Delay(200);
        }
    }

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
