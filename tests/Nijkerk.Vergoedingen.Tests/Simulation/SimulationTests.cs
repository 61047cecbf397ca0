using System.Diagnostics;
using CsCheck;
using Nijkerk.Vergoedingen.Tests.Support;
using Xunit.Abstractions;

namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>
/// The seeded simulation: CsCheck generates histories of every command of many users of two municipalities,
/// with faults, and the simulator runs each against the real app and PostgreSQL. ops/test runs a short budget
/// of seeds (LEDGER_SIMULATION_SEEDS, default 8); ops/simulate runs many and prints the coverage. A failure
/// names its seed and the shortest failing history CsCheck found; LEDGER_SIMULATION_SEED replays it.
/// </summary>
[Collection(LedgerCollection.Name)]
public class SimulationTests(LedgerApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Seeded_histories_of_every_command_under_faults_keep_every_invariant()
    {
        var seeds = long.TryParse(Environment.GetEnvironmentVariable("LEDGER_SIMULATION_SEEDS"), out var n) ? n : 8;
        await SimulateAsync(Environment.GetEnvironmentVariable("LEDGER_SIMULATION_SEED") is { Length: > 0 } seed ? seed : null, seeds);
    }

    private async Task SimulateAsync(string? seed, long iterations)
    {
        var ledger = new SimulatedLedger(app);
        ledger.Start();
        var coverage = new Coverage();
        var time = Stopwatch.StartNew();
        string? failed = null;
        try
        {
            var shrunk = false;
            await History.Gen_.SampleAsync(async history =>
                {
                    try
                    {
                        await new Simulator(ledger, app.Clock, coverage).RunAsync(history);
                    }
                    catch (SimulationFailure failure) when (!shrunk)
                    {
                        // Once per run: the fewest steps of this history that still break a rule, step by step.
                        shrunk = true;
                        var (shortest, why) = await Shrink.StepsAsync(history, failure, h => new Simulator(ledger, app.Clock, new Coverage()).RunAsync(h));
                        throw new SimulationFailure($"{failure.Message}{Environment.NewLine}The shortest history found that still fails ({shortest.Steps.Count} steps): {why}{Environment.NewLine}{shortest}");
                    }
                },
                writeLine: output.WriteLine, seed: seed, iter: iterations, threads: 1, print: history => $"{history.Steps.Count} steps:{Environment.NewLine}{history}");
        }
        catch (Exception e)
        {
            failed = $"FAILED: {e.GetType().Name}: {e.Message}";
            throw;
        }
        finally
        {
            app.Clock.Reset(LedgerApp.DefaultNow);
            var table = $"{coverage.Table()}{Environment.NewLine}Took {time.Elapsed.TotalSeconds:0} s.{(failed is null ? "" : Environment.NewLine + failed)}";
            output.WriteLine(table);
            if (Environment.GetEnvironmentVariable("LEDGER_SIMULATION_REPORT") is { Length: > 0 } report)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(report)!);
                await File.WriteAllTextAsync(report, table);
            }
            try
            {
                await ledger.DisposeAsync();
            }
            catch (Exception e) when (failed is not null)
            {
                // The failure of the simulation is what the run must show, not a failure to clean up after it.
                output.WriteLine($"Removing the simulation's schema failed as well: {e.Message}");
            }
        }
    }
}
