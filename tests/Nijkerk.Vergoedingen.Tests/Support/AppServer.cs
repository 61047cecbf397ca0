using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The built app serving as a process of its own on 127.0.0.1, in Development, on the tests' database and a schema of
/// choice: a node that can be killed (SIGKILL, no shutdown of any kind), not only stopped.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppServer(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    public string Address { get; }

    public static async Task<AppServer> StartAsync(LedgerApp app, string schema, IReadOnlyDictionary<string, string> settings)
    {
        var assembly = typeof(Program).Assembly.Location;
        var address = $"http://127.0.0.1:{Loopback.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(assembly),
        };
        foreach (var (name, value) in new Dictionary<string, string>(settings)
                 {
                     ["ConnectionStrings:Ledger"] = app.Database.ConnectionString, ["Ledger:Schema"] = schema, ["Ledger:DurabilityMode"] = "Solo",
                     ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ASPNETCORE_URLS"] = address, ["Auth:SigningKey"] = LedgerApp.TestSigningKey,
                     ["HoudMeVast:Endpoint"] = "", ["Quotas:ScheduleNewYear"] = "false",
                 })
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var server = new AppServer(Process.Start(start)!, address);
        server._process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        try
        {
            await Eventually.Holds(async () =>
            {
                Assert.False(server._process.HasExited, "the app ended before it was ready");
                try
                {
                    return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the app serves", seconds: 120);
        }
        catch (Exception e) when (e is Xunit.Sdk.FailException or Xunit.Sdk.FalseException)
        {
            throw new InvalidOperationException($"{e.Message}\n{string.Join("\n", server._output)}", e);
        }
        return server;
    }

    /// <summary>A client signed in through the app's /dev/token.</summary>
    public async Task<HttpClient> SignIn(string user, string role, string tenant = "nijkerk")
    {
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        var response = await client.PostAsJsonAsync("/dev/token", new { user, roles = new[] { role }, tenant });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Kills the process as the operating system kills it: nothing in it runs after.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
