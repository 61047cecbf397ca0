using System.Diagnostics;
using System.Text;

namespace Nijkerk.Vergoedingen.Tests.OpenApi;

/// <summary>
/// The npm packages the OpenAPI tests run with Node: Redocly's CLI, openapi-typescript, openapi-fetch and
/// TypeScript, which ops/test installs with pinned versions into .ops/openapi (<c>LEDGER_OPENAPI_MODULES</c>).
/// What they read and write lands in TestResults/openapi (<c>LEDGER_OPENAPI_RESULTS</c>).
/// </summary>
public static class OpenApiPackages
{
    /// <summary>Long enough for a cold Node start on a loaded two-core machine; a run waits for the process, never for a time.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string Modules()
    {
        var path = Environment.GetEnvironmentVariable("LEDGER_OPENAPI_MODULES");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); path is null && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".ops", "openapi", "node_modules");
            path = Directory.Exists(candidate) ? candidate : null;
        }
        return path is not null && File.Exists(Path.Combine(path, "@redocly", "cli", "bin", "cli.js"))
            ? path
            : throw new InvalidOperationException(
                "No OpenAPI packages: run the tests with ops/test, which installs @redocly/cli, openapi-typescript, openapi-fetch and typescript from npm into .ops/openapi.");
    }

    /// <summary>A fresh folder under TestResults/openapi for one test's files.</summary>
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("LEDGER_OPENAPI_RESULTS") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "openapi");
        var folder = Path.Combine(root, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file that travels with the tests (copied beside the test assembly).</summary>
    public static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "OpenApi", name);

    /// <summary>Runs a script of an npm package with Node, in a folder, and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> NodeAsync(string folder, string script, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        try
        {
            return await RunAsync(folder, "node", [script, .. arguments], environment);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The OpenAPI tests need Node.js (node on the PATH), as ops/test does for npm.", e);
        }
    }

    /// <summary>Runs a program in a folder, offline and without colours, and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string folder, string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The CLIs stay offline: no usage reports, no update checks, no colours in the captured text.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var within = limit ?? Limit;
        using var timer = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {within}:\n{output}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
