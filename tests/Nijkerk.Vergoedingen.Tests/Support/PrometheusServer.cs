using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// A real Prometheus (Debian's, which ops/test installs) on a free loopback port, its storage in a folder of
/// its own, scraping one target every second with a bearer token, as ops/cluster's Prometheus does.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    private readonly Process _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, string folder, string address)
    {
        _process = process;
        _folder = folder;
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public string Log => File.Exists(Path.Combine(_folder, "prometheus.log")) ? File.ReadAllText(Path.Combine(_folder, "prometheus.log")) : "";

    public static async Task<PrometheusServer> StartAsync(string target, string token)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"No Prometheus at {Binary}: run the tests with ops/test, which installs Debian's prometheus.");
        }
        var folder = Directory.CreateTempSubdirectory("ledger-prometheus-").FullName;
        var config = Path.Combine(folder, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: ledger
                authorization:
                  credentials: {token}
                static_configs:
                  - targets: ['{new Uri(target).Authority}']
            """);
        var port = Loopback.FreePort();
        var start = new ProcessStartInfo(Binary,
        [
            $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}",
            $"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        var process = Process.Start(start)!;
        var log = File.AppendText(Path.Combine(folder, "prometheus.log"));
        log.AutoFlush = true;
        process.OutputDataReceived += (_, line) => { lock (log) { log.WriteLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (log) { log.WriteLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, folder, $"http://127.0.0.1:{port}");
        await server.UntilAsync(async () => (await server.TryGetAsync("/-/ready"))?.IsSuccessStatusCode == true, TimeSpan.FromSeconds(60), "Prometheus to be ready");
        return server;
    }

    /// <summary>An instant query's first value, or null while it has none (no series yet, or NaN).</summary>
    public async Task<double?> QueryAsync(string promql)
    {
        var response = await TryGetAsync($"/api/v1/query?query={Uri.EscapeDataString(promql)}");
        if (response is not { IsSuccessStatusCode: true })
        {
            return null;
        }
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var value = answer["data"]?["result"]?.AsArray().FirstOrDefault()?["value"]?[1]?.GetValue<string>();
        return double.TryParse(value, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
    }

    /// <summary>Whether the last scrape of the target succeeded.</summary>
    public async Task<bool> TargetUpAsync() => await QueryAsync("up{job=\"ledger\"}") == 1;

    public async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        for (var deadline = DateTime.UtcNow + limit; DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prometheus ended ({_process.ExitCode}) while waiting for {what}:\n{Log}");
            }
            if (await condition())
            {
                return;
            }
        }
        throw new TimeoutException($"Waited {limit.TotalSeconds} s for {what}. Prometheus said:\n{Log}");
    }

    private async Task<HttpResponseMessage?> TryGetAsync(string path)
    {
        try
        {
            return await _http.GetAsync(path);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file Prometheus still held as it ended; the temporary folder goes with the machine's cleanup.
        }
    }
}
