using JasperFx.CommandLine;
using Marten;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary><c>rebuild-read-models</c>: every inline read model from the events, in one transaction (<see cref="ReadModelRebuild"/>).</summary>
[Description("Rebuild every read model from the events in one pass and one transaction, then check it", Name = "rebuild-read-models")]
public sealed class RebuildReadModelsCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var result = await new ReadModelRebuild(store).RunAsync(CancellationToken.None);
        var documents = string.Join(", ", result.Documents.Select(d => $"{d.Value} {d.Key}"));
        Console.WriteLine($"Rebuilt {documents} from {result.Events} events in {result.Took.TotalMilliseconds:0} ms");
        return true;
    }
}
