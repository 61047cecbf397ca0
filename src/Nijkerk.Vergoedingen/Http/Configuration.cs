using Nijkerk.Vergoedingen.Http.OpenApi;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Http;

public static class Configuration
{
    /// <summary>
    /// The edge: problems in one shape, amounts as text, how requests arrive (proxies, HTTPS, body size),
    /// the rate limiter's lanes, and the OpenAPI document's conventions.
    /// </summary>
    public static WebApplicationBuilder AddHttpEdge(this WebApplicationBuilder builder)
    {
        builder.Services.AddWolverineHttp();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new MoneyJsonConverter()));
        builder.AddLedgerProblems();
        builder.AddLedgerTransport();
        builder.AddLedgerRateLimits();
        builder.Services.AddLedgerOpenApi();
        return builder;
    }
}
