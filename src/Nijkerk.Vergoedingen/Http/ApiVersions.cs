using Microsoft.Extensions.Primitives;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// The API's version, as the NLGov API Design Rules ask: the major version in the URI (<c>/api/v1/…</c>)
/// and the full version in an <c>API-Version</c> header on every answer (/core/uri-version,
/// /core/version-header). The routes themselves stay at <c>/api/…</c>: a versioned request is routed as
/// its unversioned alias, and the alias, which existing clients and API.md use, answers as deprecated
/// with a link to its successor.
/// </summary>
public static class ApiVersions
{
    public const string Major = "v1";

    /// <summary>Semantic: the major in the URI, minor for additions, patch for fixes.</summary>
    public const string Version = "1.0.0";

    public const string Header = "API-Version";

    public const string VersionedPrefix = "/api/" + Major;

    private const string FirstDocument = "/openapi/v1.json";

    /// <summary>RFC 9745's structured date: deprecated since 2026-12-07, when the versioned routes came.</summary>
    public const string DeprecatedSince = "@1796601600";

    public static void UseApiVersions(this WebApplication app) => app.Use((http, next) =>
    {
        var path = http.Request.Path;
        var versioned = path.StartsWithSegments(VersionedPrefix, out var rest);
        // An unversioned route, and the document where it was first served, name their successor.
        var successor = versioned ? null
            : path.StartsWithSegments("/api", out var unversioned) ? VersionedPrefix + unversioned
            : path == FirstDocument ? VersionedPrefix + "/openapi.json"
            : null;
        if (!versioned && successor is null)
        {
            return next(http);
        }
        if (versioned)
        {
            http.Request.Path = new PathString("/api").Add(rest);
        }
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers[Header] = Version;
            if (versioned)
            {
                headers.Location = Versioned(headers.Location);
            }
            else
            {
                // RFC 9745's Deprecation and RFC 8594's successor-version link.
                headers["Deprecation"] = DeprecatedSince;
                headers.Link = $"<{successor}>; rel=\"successor-version\"";
            }
            return Task.CompletedTask;
        });
        return next(http);
    });

    /// <summary>A resource created through <c>/api/v1</c> is named there too.</summary>
    private static StringValues Versioned(StringValues location) =>
        location.ToString() is { Length: > 0 } value && value.StartsWith("/api/", StringComparison.Ordinal)
            && !value.StartsWith(VersionedPrefix + "/", StringComparison.Ordinal)
            ? VersionedPrefix + value[4..]
            : location;
}
