namespace Nijkerk.Vergoedingen.Http;

public static class Requests
{
    /// <summary>Whether the request's <c>Accept</c> names this media type: how a route chooses between JSON and a CSV file or a printable page.</summary>
    public static bool Accepts(this HttpRequest request, string mediaType) =>
        request.Headers.Accept.Any(a => a?.Contains(mediaType, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A request for the API, which answers with problems rather than sign-in pages.</summary>
    public static bool IsApi(this HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/webhooks")
        || request.Path.StartsWithSegments("/dev");
}
