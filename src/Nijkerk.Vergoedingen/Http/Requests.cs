namespace Nijkerk.Vergoedingen.Hosting;

public static class MediaTypes
{
    /// <summary>Whether the request's <c>Accept</c> names this media type: how a route chooses between JSON and a CSV file or a printable page.</summary>
    public static bool Accepts(this HttpRequest request, string mediaType) =>
        request.Headers.Accept.Any(a => a?.Contains(mediaType, StringComparison.OrdinalIgnoreCase) == true);
}
