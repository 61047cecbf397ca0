using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// One JSON dialect for HTTP, messages and stored events: camelCase, enums by name, NodaTime values in
/// ISO form. Each serializer gets it separately (ASP.NET, Wolverine, Marten), so it lives here once.
/// </summary>
public static class LedgerJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
