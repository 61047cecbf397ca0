using Marten;
using Marten.Events;

namespace Nijkerk.Vergoedingen.Hosting;

public static class EventNames
{
    /// <summary>The stored type name of an event, from the one mapping each feature's Configuration makes.</summary>
    public static string EventTypeName<T>(this IDocumentStore store) => ((EventGraph)store.Options.Events).EventMappingFor(typeof(T)).EventTypeName;
}
