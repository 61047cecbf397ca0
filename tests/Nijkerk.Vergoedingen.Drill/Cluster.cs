using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>The nodes of ops/cluster: kill, start, and which of them holds the New Year and the lead.</summary>
public sealed partial class Cluster(Settings settings, NpgsqlDataSource database)
{
    [GeneratedRegex(@"The calendar runs on Wolverine node (\d+)")]
    private static partial Regex NewYearLine();

    public async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [settings.Cluster, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ops/cluster {string.Join(' ', arguments)}: {await output}{await errors}");
        }
    }

    /// <summary>The app's own <c>verify-projections</c> on the drill's schema: every read model equals its rebuild from the events.</summary>
    public static async Task<(bool Ok, string Said)> VerifyProjectionsAsync(Settings settings)
    {
        var app = Environment.GetEnvironmentVariable("DRILL_APP") ?? throw new InvalidOperationException("DRILL_APP is not set: run the drill with ops/drill.");
        var start = new ProcessStartInfo("dotnet", [app, "verify-projections"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(app),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Ledger"] = settings.Connection;
        start.Environment["Ledger__Schema"] = settings.Schema;
        start.Environment["Auth__Authority"] = settings.Issuer;
        start.Environment["Auth__RequireHttpsMetadata"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var said = (await output).Trim().Split('\n').LastOrDefault() ?? "";
        return (process.ExitCode == 0, process.ExitCode == 0 ? said : $"{said} {(await errors).Trim()}");
    }

    /// <summary>The Wolverine node numbers that hold the calendar (the New Year) and the lead, if any does.</summary>
    public async Task<(int? NewYear, int? Leader)> HoldersAsync()
    {
        try
        {
            await using var command = database.CreateCommand($"""
                select max(n.node_number) filter (where a.id like 'calendar:%'), max(n.node_number) filter (where a.id = 'wolverine://leader/')
                from {settings.Schema}.wolverine_node_assignments a join {settings.Schema}.wolverine_nodes n on n.id = a.node_id
                """);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
        }
        catch (NpgsqlException)
        {
            return (null, null); // PostgreSQL restarting
        }
    }

    /// <summary>Which ops/cluster node (1-3) is Wolverine node <paramref name="number"/>, read from the line the agent logs on start.</summary>
    public int? NodeOf(int number)
    {
        foreach (var node in new[] { 1, 2, 3 })
        {
            var log = Path.Combine(Path.GetDirectoryName(settings.Cluster)!, "..", ".ops", "cluster", $"node-{node}.log");
            if (File.Exists(log) && NewYearLine().Matches(ReadShared(log)).Any(m => m.Groups[1].Value == number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                return node;
            }
        }
        return null;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
