using System.Text.Json;

namespace Nijkerk.Vergoedingen.Drill;

public static class Report
{
    /// <summary>Prints the drill's table, writes it as JSON, and gives the exit code: 0 when every figure holds.</summary>
    public static async Task<int> WriteAsync(IReadOnlyList<(string Figure, string Value, bool Ok)> rows, string folder)
    {
        var width = rows.Max(r => r.Figure.Length);
        Console.WriteLine();
        Console.WriteLine($"| {"figure".PadRight(width)} | value | holds |");
        Console.WriteLine($"| {new string('-', width)} | --- | --- |");
        foreach (var (figure, value, ok) in rows)
        {
            Console.WriteLine($"| {figure.PadRight(width)} | {value} | {(ok ? "yes" : "NO")} |");
        }
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "drill.json"),
            JsonSerializer.Serialize(rows.Select(r => new { r.Figure, r.Value, r.Ok }), new JsonSerializerOptions { WriteIndented = true }));
        var broken = rows.Count(r => !r.Ok);
        Console.WriteLine(broken == 0 ? "Drill: every figure holds." : $"Drill: {broken} figures do not hold.");
        return broken == 0 ? 0 : 1;
    }
}
