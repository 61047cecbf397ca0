using System.Reflection;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Projections;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>An aggregate's fold as Marten's source generator found it: its <c>Evolve</c>, and the event types its switch takes in.</summary>
public static class Folds
{
    /// <summary>The event types <typeparamref name="T"/>'s Evolve takes in: a read model that extends the aggregate follows the same ones.</summary>
    public static IReadOnlyList<Type> EventTypesOf<T>() where T : class
    {
        var generated = typeof(T).Assembly.GetCustomAttributes<GeneratedEvolverAttribute>()
            .Single(a => a.AggregateType == typeof(T) && a.ProjectionType is null);
        var evolver = (IGeneratedSyncEvolver<T, string>)Activator.CreateInstance(generated.EvolverType, nonPublic: true)!;
        return evolver.EventTypes;
    }

    /// <summary>A rebuild reads the events in pages of this size: larger pages, fewer round trips and batches.</summary>
    public static void InLargePages(AsyncOptions options) => options.BatchSize = 5_000;
}
