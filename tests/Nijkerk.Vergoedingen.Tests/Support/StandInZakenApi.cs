using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// A municipality's Zaken API (ZGW 1.5.1) on loopback, as small as the ledger's calls need: zaken found by
/// bronorganisatie and identificatie, zaakobjecten and statussen listed and created. It checks what Open Zaak checks of the
/// caller — a ZGW token signed with the client's secret, with its claims — and answers in the contract's
/// shapes; <see cref="ContractProxy"/> in front of it holds both sides to the contract itself. It counts
/// what it was asked, and can fail the first calls.
/// </summary>
public sealed class StandInZakenApi : IAsyncDisposable
{
    public const string ClientId = "nijkerk-vergoedingen";
    public const string Secret = "a-secret-of-at-least-thirty-two-characters";
    public const string Rsin = "002220647";

    private WebApplication? _app;
    private int _failFirst;
    private readonly ConcurrentDictionary<string, JsonObject> _zaken = new();
    private readonly ConcurrentDictionary<string, JsonObject> _zaakobjecten = new();
    private readonly ConcurrentQueue<JsonObject> _statussen = new();

    public int Port { get; private set; }

    /// <summary>The root the ledger is given, and that the zaken's URLs name (the proxy's, once it stands in front).</summary>
    public string Root { get; set; } = "";

    /// <summary>Every call: method, path and query, and what was wrong with its token or headers (empty when nothing).</summary>
    public ConcurrentQueue<(string Call, string Problem)> Calls { get; } = new();

    public IReadOnlyCollection<JsonObject> ZaakObjecten => [.. _zaakobjecten.Values];

    /// <summary>The statussen set, in the order they were set.</summary>
    public IReadOnlyList<JsonObject> Statussen => [.. _statussen.Select(Shown)];

    public void FailFirst(int calls) => _failFirst = calls;

    /// <summary>While set, every call fails, as on a Zaken API that is down.</summary>
    public volatile bool Down;

    /// <summary>Keep the first status asked for, not yet set, until <see cref="ReleaseHeldAnswer"/>; <see cref="Holding"/> meanwhile.</summary>
    public volatile bool HoldFirstStatus;

    public volatile bool Holding;

    /// <summary>Set the first status asked for, then fail, as when the answer is lost on its way back.</summary>
    public volatile bool LoseFirstStatusAnswer;

    /// <summary>Make the first zaakobject asked for, then fail, as when the answer is lost on its way back.</summary>
    public volatile bool LoseFirstCreatedAnswer;

    /// <summary>Make the first zaakobject asked for, then keep the answer until <see cref="ReleaseHeldAnswer"/>: the caller waits meanwhile.</summary>
    public volatile bool HoldFirstCreatedAnswer;

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseHeldAnswer() => _release.TrySetResult();

    public static async Task<StandInZakenApi> StartAsync()
    {
        var api = new StandInZakenApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        api._app = builder.Build();
        api._app.Use(async (http, next) =>
        {
            var problem = await api.ProblemOf(http.Request);
            api.Calls.Enqueue(($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}", problem));
            if (problem.Length > 0)
            {
                await Failure(403, "permission_denied", problem).ExecuteAsync(http);
                return;
            }
            if (api.Down || Interlocked.Decrement(ref api._failFirst) >= 0)
            {
                await Failure(500, "error", "De Zaken API is niet bereikbaar.").ExecuteAsync(http);
                return;
            }
            await next(http);
        });
        api._app.MapGet("/zaken/api/v1/zaken", (string bronorganisatie, string identificatie) =>
            Page(api._zaken.Values.Where(z => z["bronorganisatie"]!.GetValue<string>() == bronorganisatie && z["identificatie"]!.GetValue<string>() == identificatie)));
        api._app.MapGet("/zaken/api/v1/zaken/{uuid}", (string uuid) =>
            api._zaken.TryGetValue(uuid, out var zaak) ? Results.Json(zaak) : Results.NotFound());
        api._app.MapGet("/zaken/api/v1/zaakobjecten", (string? zaak, string? @object) =>
            Page(api._zaakobjecten.Values.Where(o => (zaak is null || o["zaak"]!.GetValue<string>() == zaak) && (@object is null || o["object"]!.GetValue<string>() == @object))));
        api._app.MapPost("/zaken/api/v1/zaakobjecten", async (HttpContext http) =>
        {
            var body = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
            var uuid = Guid.NewGuid().ToString();
            body["url"] = $"{api.Root}zaakobjecten/{uuid}";
            body["uuid"] = uuid;
            api._zaakobjecten[uuid] = body;
            if (api.HoldFirstCreatedAnswer)
            {
                api.HoldFirstCreatedAnswer = false;
                await api._release.Task;
            }
            if (api.LoseFirstCreatedAnswer)
            {
                api.LoseFirstCreatedAnswer = false;
                return Failure(500, "error", "Het antwoord ging verloren.");
            }
            return Results.Json(body, statusCode: 201);
        });
        api._app.MapGet("/zaken/api/v1/statussen", (string? zaak, string? statustype) =>
            Page(api._statussen.Where(s => (zaak is null || s.Str("zaak") == zaak) && (statustype is null || s.Str("statustype") == statustype)).Select(api.Shown)));
        api._app.MapPost("/zaken/api/v1/statussen", async (HttpContext http) =>
        {
            var body = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
            if (api.HoldFirstStatus)
            {
                api.HoldFirstStatus = false;
                api.Holding = true;
                await api._release.Task;
            }
            var uuid = Guid.NewGuid().ToString();
            body["url"] = $"{api.Root}statussen/{uuid}";
            body["uuid"] = uuid;
            body["zaakinformatieobjecten"] = new JsonArray();
            api._statussen.Enqueue(body);
            if (api.LoseFirstStatusAnswer)
            {
                api.LoseFirstStatusAnswer = false;
                return Failure(500, "error", "Het antwoord ging verloren.");
            }
            return Results.Json(api.Shown(body), statusCode: 201);
        });
        await api._app.StartAsync();
        api.Port = new Uri(api._app.Urls.First()).Port;
        api.Root = $"http://127.0.0.1:{api.Port}/zaken/api/v1/";
        return api;
    }

    /// <summary>A zaak of the municipality with this identificatie; returns its URL.</summary>
    public string AddZaak(string identificatie, string? einddatum = null)
    {
        var uuid = Guid.NewGuid().ToString();
        var url = $"{Root}zaken/{uuid}";
        _zaken[uuid] = new JsonObject
        {
            ["url"] = url, ["uuid"] = uuid, ["identificatie"] = identificatie, ["bronorganisatie"] = Rsin,
            ["zaaktype"] = "http://127.0.0.1/catalogi/api/v1/zaaktypen/6a4c1ffb-86d2-4be0-93a1-5c6d1a2b1f10",
            ["verantwoordelijkeOrganisatie"] = Rsin, ["startdatum"] = "2026-01-05", ["einddatum"] = einddatum,
            ["betalingsindicatieWeergave"] = "", ["deelzaken"] = new JsonArray(), ["eigenschappen"] = new JsonArray(),
            ["rollen"] = new JsonArray(), ["status"] = null, ["resultaat"] = null, ["zaakinformatieobjecten"] = new JsonArray(),
            ["zaakobjecten"] = new JsonArray(),
        };
        return url;
    }

    /// <summary>The zaak is closed: it has an einddatum from now on.</summary>
    public void EndZaak(string url, string einddatum) => _zaken[url[(url.LastIndexOf('/') + 1)..]]["einddatum"] = einddatum;

    /// <summary>A status as the Zaken API shows it: whether it is the zaak's latest follows from the dates of all its statussen.</summary>
    private JsonObject Shown(JsonObject status)
    {
        var shown = (JsonObject)status.DeepClone();
        var latest = _statussen.Where(s => s.Str("zaak") == status.Str("zaak")).Max(s => DateTimeOffset.Parse(s.Str("datumStatusGezet")));
        shown["indicatieLaatstGezetteStatus"] = DateTimeOffset.Parse(status.Str("datumStatusGezet")) == latest;
        return shown;
    }

    /// <summary>A refusal or failure as the contract shapes it (its Fout), so that Prism holds only the ledger's side to account.</summary>
    private static IResult Failure(int status, string code, string detail) => Results.Json(
        new { type = "about:blank", code, title = detail, status, detail, instance = "urn:uuid:" + Guid.NewGuid() },
        statusCode: status, contentType: "application/problem+json");

    private static IResult Page(IEnumerable<JsonObject> items)
    {
        var results = new JsonArray([.. items.Select(i => i.DeepClone())]);
        return Results.Json(new JsonObject { ["count"] = results.Count, ["next"] = null, ["previous"] = null, ["results"] = results });
    }

    /// <summary>What Open Zaak would refuse: a token not signed with the client's secret, or without the ZGW claims.</summary>
    private async Task<string> ProblemOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "no bearer token";
        }
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(header["Bearer ".Length..], new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidIssuer = ClientId,
            ValidateAudience = false,
        });
        if (!result.IsValid)
        {
            return $"token: {result.Exception?.GetType().Name}";
        }
        var claims = result.Claims;
        foreach (var claim in new[] { "iat", "client_id", "user_id", "user_representation" })
        {
            if (!claims.ContainsKey(claim))
            {
                return $"token without {claim}";
            }
        }
        if (claims["client_id"] as string != ClientId)
        {
            return "token of another client";
        }
        return request.Path.Value!.Contains("/zaken/api/v1/zaken", StringComparison.Ordinal) && request.Headers["Accept-Crs"] != "EPSG:4326" ? "no Accept-Crs: EPSG:4326" : "";
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseHeldAnswer();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
