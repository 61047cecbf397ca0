using System.Diagnostics;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>The built app run as operations run it: <c>dotnet Nijkerk.Vergoedingen.dll &lt;command&gt;</c>, on the tests' database.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public string All => Output + Errors;
    }

    public static async Task<Result> RunAsync(LedgerApp app, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var assembly = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [assembly, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(assembly),
        };
        start.Environment["ConnectionStrings__Ledger"] = app.Database.ConnectionString;
        start.Environment["Ledger__Schema"] = app.Database.Schema;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        // Outside Development the app starts only with an identity provider and never with the development key.
        if (start.Environment.TryGetValue("ASPNETCORE_ENVIRONMENT", out var named) && named is not (null or "Development"))
        {
            start.Environment.Remove("Auth__SigningKey");
            start.Environment["Auth__Authority"] = "https://login.nijkerk.invalid";
            foreach (var (key, value) in KeyRingCertificate.Settings)
            {
                start.Environment.TryAdd(key.Replace(":", "__", StringComparison.Ordinal), value);
            }
        }
        else
        {
            start.Environment.TryAdd("Auth__SigningKey", LedgerApp.TestSigningKey);
            start.Environment.TryAdd("ASPNETCORE_ENVIRONMENT", "Development");
        }

        using var process = Process.Start(start)!;
        // Both streams at once: a child that fills one pipe while the other is read would wait forever.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A command that hangs fails its test instead of the whole run.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not end within 3 minutes.");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}
