using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Nijkerk.Vergoedingen.Tests.OpenApi;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// Stoplight's Prism as a validating proxy in front of a stand-in: every request the ledger sends and every
/// answer the stand-in gives is checked against the published contract (here the ZGW Zaken API 1.5.1), and a
/// violation is answered as an error instead of passed on, so a call that breaks the contract fails the test.
/// Prism comes with the OpenAPI packages ops/test installs.
/// </summary>
public sealed partial class ContractProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ContractProxy(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>Everything Prism printed, to say why a call failed.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>What Prism reported as a violation of the contract, by the ledger or by the stand-in.</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_output)
            {
                return [.. _output.Where(l => l.Contains("Violation", StringComparison.Ordinal) || l.Contains('✖'))];
            }
        }
    }

    /// <param name="contract">The contract, as shipped beside the tests.</param>
    /// <param name="root">The path the contract's server URL puts before its paths (the Zaken API's <c>/zaken/api/v1</c>).</param>
    public static async Task<ContractProxy> StartAsync(string contract, string root, string upstream)
    {
        // Prism matches a request's path against the contract's paths as written; the server's root goes before them.
        var lines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, contract));
        var paths = Array.IndexOf(lines, "paths:");
        var rooted = lines.Select((line, i) => i > paths && PathKey().IsMatch(line) ? "  " + root + line[2..] : line);
        var spec = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.yaml");
        await File.WriteAllLinesAsync(spec, rooted);

        var port = Loopback.FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     Path.Combine(OpenApiPackages.Modules(), "@stoplight", "prism-cli", "dist", "index.js"),
                     "proxy", spec, upstream, "--host", "127.0.0.1", "--port", port.ToString(), "--errors",
                 })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["NO_COLOR"] = "1";
        var proxy = new ContractProxy(new Process { StartInfo = start }, port);
        proxy._process.OutputDataReceived += (_, e) => proxy.Keep(e.Data);
        proxy._process.ErrorDataReceived += (_, e) => proxy.Keep(e.Data);
        proxy._process.Start();
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();
        await Eventually.Holds(() => Task.FromResult(proxy.Listening()), $"Prism listens on {port}", seconds: 120);
        return proxy;
    }

    private bool Listening()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"Prism stopped:\n{string.Join('\n', _output)}");
        }
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    [GeneratedRegex("^  /")]
    private static partial Regex PathKey();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
