using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nijkerk.Vergoedingen.Infrastructure;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>A zaak as the ledger reads it: where it is, and whether it has ended. Nothing of its roles.</summary>
public sealed record CaseFound(string Url, [property: JsonPropertyName("einddatum")] LocalDate? EndedOn);

/// <summary>
/// The calls to a municipality's Zaken API (ZGW 1.5). Each carries a ZGW token (HS256, signed with the
/// ledger's secret at that municipality) naming the ledger's client and the user it acts for; timeouts,
/// retries with backoff and a circuit breaker sit in the client's resilience pipeline (Configuration.cs),
/// and a refusal becomes an exception.
/// </summary>
public sealed class CaseSystemClient(IHttpClientFactory clients, IClock clock)
{
    public const string Name = "zgw";

    /// <summary>The coordinate system the Zaken API asks every zaak request to name, though the ledger reads no geometry.</summary>
    private const string Crs = "EPSG:4326";

    /// <summary>The zaken of this municipality with this identificatie: one, or none, or (wrongly) several.</summary>
    public async Task<IReadOnlyList<CaseFound>> FindCasesAsync(CaseSystemMunicipality at, string caseReference, CancellationToken cancellation)
    {
        using var request = Request(at, HttpMethod.Get,
            $"zaken?bronorganisatie={Uri.EscapeDataString(at.Rsin ?? "")}&identificatie={Uri.EscapeDataString(caseReference)}");
        request.Headers.Add("Accept-Crs", Crs);
        request.Headers.Add("Content-Crs", Crs);
        var page = await SendAsync<Page<CaseFound>>(request, cancellation);
        return page.Results;
    }

    /// <summary>One zaak, read again by its URL; only a URL under the municipality's own Zaken API is asked.</summary>
    public async Task<CaseFound> ReadCaseAsync(CaseSystemMunicipality at, string zaak, CancellationToken cancellation)
    {
        var root = at.Resource("zaken/").AbsoluteUri;
        if (!zaak.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ArgumentException("The zaak is not one of this municipality's Zaken API.", nameof(zaak));
        }
        using var request = Request(at, HttpMethod.Get, zaak[at.Resource("").AbsoluteUri.Length..]);
        request.Headers.Add("Accept-Crs", Crs);
        request.Headers.Add("Content-Crs", Crs);
        return await SendAsync<CaseFound>(request, cancellation);
    }

    /// <summary>The zaakobject that already links this object to this zaak, if a call before this one made it.</summary>
    public async Task<string?> FindCaseObjectAsync(CaseSystemMunicipality at, string zaak, string objectUrl, CancellationToken cancellation)
    {
        using var request = Request(at, HttpMethod.Get, $"zaakobjecten?zaak={Uri.EscapeDataString(zaak)}&object={Uri.EscapeDataString(objectUrl)}");
        var page = await SendAsync<Page<CaseObject>>(request, cancellation);
        return page.Results.FirstOrDefault(o => o.Object == objectUrl)?.Url;
    }

    /// <summary>Registers the referral on the zaak as a zaakobject of its own type.</summary>
    public async Task<string> CreateCaseObjectAsync(CaseSystemMunicipality at, string zaak, string objectUrl, CancellationToken cancellation)
    {
        using var request = Request(at, HttpMethod.Post, "zaakobjecten");
        request.Content = Json(new NewCaseObject(zaak, objectUrl));
        return (await SendAsync<CaseObject>(request, cancellation)).Url;
    }

    /// <summary>
    /// The status on this zaak, of this type, whose toelichting carries <paramref name="marker"/>: one a call before this
    /// one set (its answer lost, or the ledger stopped before recording it). Each page is read while there is a next one
    /// under the municipality's own Zaken API.
    /// </summary>
    public async Task<string?> FindStatusAsync(CaseSystemMunicipality at, string zaak, string statusType, string marker, CancellationToken cancellation)
    {
        string? path = $"statussen?zaak={Uri.EscapeDataString(zaak)}&statustype={Uri.EscapeDataString(statusType)}";
        var root = at.Resource("").AbsoluteUri;
        while (path is not null)
        {
            using var request = Request(at, HttpMethod.Get, path);
            var page = await SendAsync<Page<CaseStatus>>(request, cancellation);
            if (page.Results.FirstOrDefault(s => s.Explanation?.Contains(marker, StringComparison.Ordinal) == true) is { } found)
            {
                return found.Url;
            }
            path = page.Next is { } next && next.StartsWith(root, StringComparison.Ordinal) ? next[root.Length..] : null;
        }
        return null;
    }

    /// <summary>Sets a status on the zaak: of this type, reached at this instant, with a toelichting that holds no personal text.</summary>
    public async Task<string> CreateStatusAsync(
        CaseSystemMunicipality at, string zaak, string statusType, Instant reachedAt, string explanation, CancellationToken cancellation)
    {
        using var request = Request(at, HttpMethod.Post, "statussen");
        request.Content = Json(new NewCaseStatus(zaak, statusType, reachedAt, explanation));
        return (await SendAsync<CaseStatus>(request, cancellation)).Url;
    }

    /// <summary>
    /// A body with its length, not chunked: the Zaken APIs run behind WSGI servers that read a body by its Content-Length;
    /// and of exactly the media type the contract allows, without a charset (JSON is UTF-8 by definition).
    /// </summary>
    private static StringContent Json<T>(T body)
    {
        var content = new StringContent(JsonSerializer.Serialize(body, LedgerJson.Options), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private HttpRequestMessage Request(CaseSystemMunicipality at, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, at.Resource(path));
        request.Headers.Authorization = new("Bearer", Token(at));
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    /// <summary>Counted by the resource it asks (<c>GET zaken</c>, <c>POST zaakobjecten</c>), never by a zaak's address.</summary>
    private Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellation) =>
        PartnerResilience.MeasuredAsync(Name, $"{request.Method} {ResourceOf(request)}", async () =>
        {
            using var response = await clients.CreateClient(Name).SendAsync(request, cancellation);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<T>(LedgerJson.Options, cancellation))!;
        });

    private static string ResourceOf(HttpRequestMessage request) =>
        request.RequestUri?.Segments.Select(s => s.Trim('/')).LastOrDefault(s => s is "zaken" or "zaakobjecten" or "statussen") ?? "other";

    /// <summary>A ZGW token: the ledger's client, acting as the system (no person's name goes to the zaaksysteem).</summary>
    private string Token(CaseSystemMunicipality at) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = at.ClientId,
        IssuedAt = clock.GetCurrentInstant().ToDateTimeUtc(),
        Claims = new Dictionary<string, object>
        {
            ["client_id"] = at.ClientId ?? "",
            ["user_id"] = Foundation.SystemActor.User,
            ["user_representation"] = "Nijkerk.Vergoedingen",
        },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(at.Secret ?? "")), SecurityAlgorithms.HmacSha256),
    });

    private sealed record Page<T>(int Count, IReadOnlyList<T> Results, string? Next = null);

    private sealed record CaseStatus(string Url, [property: JsonPropertyName("statustoelichting")] string? Explanation);

    /// <summary>A status as the contract names its members.</summary>
    private sealed record NewCaseStatus(
        [property: JsonPropertyName("zaak")] string Case,
        [property: JsonPropertyName("statustype")] string StatusType,
        [property: JsonPropertyName("datumStatusGezet")] Instant ReachedAt,
        [property: JsonPropertyName("statustoelichting")] string Explanation);

    private sealed record CaseObject(string Url, string? Object);

    /// <summary>A zaakobject as the contract names its members: the referral, of a type of its own.</summary>
    private sealed record NewCaseObject([property: JsonPropertyName("zaak")] string Case, string Object)
    {
        public string ObjectType => "overige";

        [JsonPropertyName("objectTypeOverige")]
        public string OtherObjectType => "verwijzing relatietraining";

        [JsonPropertyName("relatieomschrijving")]
        public string Relation => "Verwijzing naar een relatietraining (Nijkerk.Vergoedingen)";
    }
}
