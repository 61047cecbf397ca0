using JasperFx.CommandLine;
using Marten;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary><c>verify-projections</c>: rebuilds every read model from the events and prints which stored ones differ, and in which fields.</summary>
[Description("Rebuild every read model from the events in memory and compare it with the stored one", Name = "verify-projections")]
public sealed class VerifyProjectionsCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var differences = await new ProjectionVerifier(host.Services.GetRequiredService<IDocumentStore>()).VerifyAsync(CancellationToken.None);
        // Names and paths only: the documents hold case references, payees and accounts, and this output
        // ends up in terminals and logs.
        foreach (var d in differences)
        {
            var fields = d.Fields.Count == 0 ? "" : $": {string.Join(", ", d.Fields)}";
            Console.WriteLine($"{d.Kind}: {d.Document} {d.Id} (tenant {d.Tenant}){fields}");
        }
        Console.WriteLine(differences.Count == 0 ? "Every read model equals its rebuild from the events." : $"{differences.Count} differences.");
        return differences.Count == 0;
    }
}
