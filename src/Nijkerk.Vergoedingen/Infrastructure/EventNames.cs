using Marten;
using Marten.Events;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Infrastructure;

public static class EventNames
{
    /// <summary>Every event type of the ledger: each <see cref="ILedgerEvent"/> class, registered by convention (LedgerStore).</summary>
    public static IEnumerable<Type> LedgerEventTypes => typeof(ILedgerEvent).Assembly.GetTypes()
        .Where(t => t.IsAssignableTo(typeof(ILedgerEvent)) && t is { IsAbstract: false, IsInterface: false });

    /// <summary>How the store reads each of the ledger's events, by the name it stores it under.</summary>
    public static Dictionary<string, EventMapping> EventMappingsByName(this IDocumentStore store) =>
        LedgerEventTypes.Select(((EventGraph)store.Options.Events).EventMappingFor).ToDictionary(m => m.EventTypeName);

    /// <summary>The stored type name of an event, as the store names it (LedgerStore).</summary>
    public static string EventTypeName<T>(this IDocumentStore store) => ((EventGraph)store.Options.Events).EventMappingFor(typeof(T)).EventTypeName;
}
