using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar, which ops/test installs) as one HTTP service
/// for the whole test run: a JVM takes many seconds to start and to load the schemas, a warm one answers
/// a page in a fraction of a second. Started by the first screen test, stopped when the test process ends.
/// </summary>
public static class NuHtmlChecker
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<Task<Service>> Shared = new(StartAsync);

    /// <summary>Starts the service if nothing did yet, without waiting for it.</summary>
    public static void Warm() => _ = Shared.Value;

    /// <summary>What the checker says of a document, as the messages of its JSON output.</summary>
    public static async Task<IReadOnlyList<JsonElement>> CheckAsync(string html)
    {
        var service = await Shared.Value;
        return await service.CheckAsync(html);
    }

    /// <summary>vnu.jar: LEDGER_VNU_JAR, else where ops/test puts it under .ops/.</summary>
    public static string Jar() => Browsers.OpsFile("LEDGER_VNU_JAR", Path.Combine("a11y", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"), "vnu-jar");

    private static async Task<Service> StartAsync()
    {
        var jar = Jar();
        var port = Loopback.FreePort();
        var log = Path.Combine(Browsers.ScreenshotFolder(), "vnu.log");
        // Through a shell that holds the pipe of its standard input: when the test process dies however it
        // dies, the pipe closes, read returns and the shell stops the checker, so no JVM outlives the run;
        // the shell itself ends with the JVM. The log goes to a file, as a pipe nobody reads would fill and
        // stall it.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList =
            {
                "-c",
                "exec 3<&0; java -Dnu.validator.servlet.bind-address=127.0.0.1 -cp \"$1\" nu.validator.servlet.Main \"$2\" </dev/null >\"$3\" 2>&1 & j=$!; " +
                "{ read -r _ <&3; kill $j 2>/dev/null; } & wait $j",
                "vnu", jar, port.ToString(System.Globalization.CultureInfo.InvariantCulture), log,
            },
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The Nu Html Checker did not start.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        var service = new Service(process, new Uri($"http://127.0.0.1:{port}/?out=json"));
        await service.WaitUntilItAnswersAsync(log);
        return service;
    }

    private static void Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5_000))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private sealed class Service(Process process, Uri address)
    {
        // The checker refuses a request without a User-Agent.
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(1), DefaultRequestHeaders = { { "User-Agent", "nijkerk-vergoedingen-tests" } } };

        public async Task<IReadOnlyList<JsonElement>> CheckAsync(string html)
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(html));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html; charset=utf-8");
            using var response = await _http.PostAsync(address, content);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return [.. json.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.Clone())];
        }

        /// <summary>
        /// Polls with a real document until the checker answers it: the first answer also loads what a check
        /// needs, so a page's check does not pay for it. Fails at once when the JVM has ended.
        /// </summary>
        public async Task WaitUntilItAnswersAsync(string log)
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The Nu Html Checker ended before it answered; see {log}.");
                }
                try
                {
                    await CheckAsync("<!DOCTYPE html><html lang=\"nl\"><title>proef</title><p>proef</p></html>");
                    return;
                }
                // Only while nothing listens yet: an answer that refuses the request is a fault, not a wait.
                catch (HttpRequestException e) when (e.StatusCode is null && deadline.Elapsed < StartTimeout)
                {
                    await Task.Delay(200);
                }
            }
        }
    }
}
