using JasperFx.CommandLine;
using Marten;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary><c>verify-projections</c>: rebuilds every read model from the events and prints where the stored ones differ.</summary>
[Description("Rebuild every read model from the events in memory and compare it with the stored one", Name = "verify-projections")]
public sealed class VerifyProjectionsCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var differences = await new ProjectionVerifier(host.Services.GetRequiredService<IDocumentStore>()).VerifyAsync(CancellationToken.None);
        foreach (var d in differences)
        {
            Console.WriteLine($"{d.Kind}: {d.Document} {d.Id} (tenant {d.Tenant})");
            Console.WriteLine($"  stored:  {d.Stored ?? "-"}");
            Console.WriteLine($"  rebuilt: {d.Rebuilt ?? "-"}");
        }
        Console.WriteLine(differences.Count == 0 ? "Every read model equals its rebuild from the events." : $"{differences.Count} differences.");
        return differences.Count == 0;
    }
}
