using Marten;
using Marten.Events;

namespace Nijkerk.Vergoedingen.Infrastructure;

public static class EventNames
{
    /// <summary>The stored type name of an event, as the store names it (LedgerStore).</summary>
    public static string EventTypeName<T>(this IDocumentStore store) => ((EventGraph)store.Options.Events).EventMappingFor(typeof(T)).EventTypeName;
}
