using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>An answer the drill acted on: status, body and the node nginx sent it to.</summary>
public sealed record Answer(int Status, JsonObject? Body, string Node)
{
    /// <summary>How many times the request was sent under its key before this answer came.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>When the first attempt went out, and when this answer came: a write acknowledged before an instant committed before it.</summary>
    public DateTimeOffset Sent { get; init; }

    public DateTimeOffset Received { get; init; }

    public bool Ok => Status is >= 200 and < 300;

    public string? Code => Body?["code"]?.GetValue<string>();

    public string Str(string name) => Body?[name]?.GetValue<string>() ?? throw new InvalidOperationException($"No {name} in the answer");
}

/// <summary>A failed attempt: the request was in flight on a node that died, or while PostgreSQL restarted.</summary>
public sealed record Failure(DateTimeOffset At, string Request, string What);

/// <summary>
/// The ledger's API through nginx as a careful client uses it: every write carries an Idempotency-Key,
/// and an attempt without an answer (connection lost, 5xx) is sent again under the same key until one comes.
/// </summary>
public sealed class Ledger(HttpClient http)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public ConcurrentQueue<Failure> Failures { get; } = new();

    /// <summary>Keys sent more than once (a failed attempt, or an answer the client dropped on purpose).</summary>
    public ConcurrentDictionary<string, int> Retried { get; } = new();

    public int Dropped;

    public async Task<Answer> SendAsync(string token, HttpMethod method, string path, object? body = null, bool dropFirstAnswer = false)
    {
        var key = Guid.NewGuid().ToString("N");
        var sent = DateTimeOffset.UtcNow;
        var deadline = sent + Patience;
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                Retried.AddOrUpdate(key, 1, (_, n) => n + 1);
            }
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new("Bearer", token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
                request.Headers.Add("Idempotency-Key", key);
            }
            // The answer to the first attempt is lost on the way back: the client gives up on it and asks again.
            using var lose = new CancellationTokenSource(dropFirstAnswer && attempt == 1 ? TimeSpan.FromMilliseconds(Random.Shared.Next(2, 40)) : Patience);
            try
            {
                using var response = await http.SendAsync(request, lose.Token);
                var node = response.Headers.TryGetValues("X-Ledger-Node", out var nodes) ? nodes.First() : "";
                var text = await response.Content.ReadAsStringAsync(lose.Token);
                if ((int)response.StatusCode < 500)
                {
                    return new Answer((int)response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null, node) { Attempts = attempt, Sent = sent, Received = DateTimeOffset.UtcNow };
                }
                Failures.Enqueue(new(DateTimeOffset.UtcNow, $"{method} {Shape(path)}", $"{(int)response.StatusCode} from {node}"));
            }
            catch (OperationCanceledException) when (dropFirstAnswer && attempt == 1)
            {
                Interlocked.Increment(ref Dropped);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                Failures.Enqueue(new(DateTimeOffset.UtcNow, $"{method} {Shape(path)}", e.GetType().Name));
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{method} {path} got no answer within {Patience.TotalSeconds} s");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The route without ids, so failures group by what was asked.</summary>
    private static string Shape(string path) => string.Join('/', path.Split('/').Select(part => part.Length >= 20 ? "{id}" : part));
}
