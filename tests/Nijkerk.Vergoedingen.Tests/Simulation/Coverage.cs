using System.Collections.Concurrent;
using System.Text;

namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>What a simulation run covered: commands by kind and answer, faults by kind, checks by invariant.</summary>
public sealed class Coverage
{
    private readonly ConcurrentDictionary<string, int> _commands = new();
    private readonly ConcurrentDictionary<string, int> _faults = new();
    private readonly ConcurrentDictionary<string, long> _checks = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _time = new();
    private int _histories, _steps;

    public void Took(string what, TimeSpan time) => _time.AddOrUpdate(what, time, (_, t) => t + time);

    public void History(int steps)
    {
        Interlocked.Increment(ref _histories);
        Interlocked.Add(ref _steps, steps);
    }

    public void Command(Kind kind, string answer) => _commands.AddOrUpdate($"{kind}|{answer}", 1, (_, n) => n + 1);

    public void Fault(string what, int times = 1) => _faults.AddOrUpdate(what, times, (_, n) => n + times);

    public void Check(string invariant, long times = 1) => _checks.AddOrUpdate(invariant, times, (_, n) => n + times);

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine($"{_histories} histories, {_steps} steps; time spent: {string.Join(", ", _time.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalSeconds:0} s"))}");
        text.AppendLine();
        text.AppendLine("| command | runs | answers |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var kind in _commands.GroupBy(c => c.Key.Split('|')[0]).OrderByDescending(g => g.Sum(c => c.Value)))
        {
            var answers = string.Join(", ", kind.OrderByDescending(c => c.Value).Select(c => $"{c.Key.Split('|')[1]} {c.Value}"));
            text.AppendLine($"| {kind.Key} | {kind.Sum(c => c.Value)} | {answers} |");
        }
        text.AppendLine();
        text.AppendLine("| fault | times |");
        text.AppendLine("| --- | --- |");
        foreach (var (what, times) in _faults.OrderByDescending(f => f.Value))
        {
            text.AppendLine($"| {what} | {times} |");
        }
        text.AppendLine();
        text.AppendLine("| check | times held |");
        text.AppendLine("| --- | --- |");
        foreach (var (what, times) in _checks.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| {what} | {times} |");
        }
        return text.ToString();
    }
}
