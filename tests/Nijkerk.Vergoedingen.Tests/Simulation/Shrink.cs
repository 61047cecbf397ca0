namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>
/// Shrinks a failing history by leaving steps out, larger runs of them first (delta debugging): a step's
/// numbers pick among what exists, so every sub-history still runs. CsCheck's own shrinking draws new
/// histories of smaller size, which at a few seconds a history finds little in a short budget.
/// </summary>
public static class Shrink
{
    public static async Task<(History Shortest, string Why)> StepsAsync(History failing, SimulationFailure first, Func<History, Task> run, int budget = 60)
    {
        var (steps, why) = (failing.Steps.ToList(), first.Message);
        for (var size = Math.Max(1, steps.Count / 2); size >= 1 && budget > 0; size = size == 1 ? 0 : size / 2)
        {
            for (var start = 0; start < steps.Count && budget > 0;)
            {
                var without = steps.Take(start).Concat(steps.Skip(start + size)).ToList();
                budget--;
                try
                {
                    await run(new History(without));
                    start += size;
                }
                catch (SimulationFailure failure)
                {
                    (steps, why) = (without, failure.Message);
                }
            }
        }
        return (new History(steps), why);
    }
}
