using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>
/// In Development, a stand-in for a municipality's Zaken API with a few zaken (Z-{year}-0001 to Z-{year}-0005, this
/// year's and next year's in Europe/Amsterdam), so
/// <c>ops/run</c> shows referrals linked to their zaak without a zaaksysteem; <c>ops/run</c> points Nijkerk's
/// <c>Zgw</c> settings here unless they are set, with a status type for every state. It keeps what it is given in memory, and checks nothing of the
/// caller: the tests hold the ledger's calls to the contract, behind Prism.
/// </summary>
public static class DevZakenApi
{
    public const string Root = "/dev/zaken/api/v1/";
    public const string Rsin = "002220647";

    private static readonly ConcurrentDictionary<string, JsonObject> CaseObjects = new();
    private static readonly ConcurrentQueue<JsonObject> Statuses = new();

    public static void MapDevZakenApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }
        string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{Root}";
        app.MapGet($"{Root}zaken", (HttpRequest request, IClock clock, string? identificatie) =>
            Page(Zaken(Base(request), clock).Where(z => z["identificatie"]!.GetValue<string>() == identificatie))).AllowAnonymous();
        app.MapGet($"{Root}zaken/{{uuid}}", (HttpRequest request, IClock clock, string uuid) =>
            Zaken(Base(request), clock).FirstOrDefault(z => z["uuid"]!.GetValue<string>() == uuid) is { } zaak ? Results.Json(zaak) : Results.NotFound()).AllowAnonymous();
        app.MapGet($"{Root}zaakobjecten", (string? zaak, string? @object) =>
            Page(CaseObjects.Values.Where(o => o["zaak"]!.GetValue<string>() == zaak && o["object"]!.GetValue<string>() == @object))).AllowAnonymous();
        app.MapPost($"{Root}zaakobjecten", (HttpRequest request, JsonObject body, ILogger<JsonObject> logger) =>
        {
            var uuid = Guid.NewGuid().ToString();
            body["url"] = $"{Base(request)}zaakobjecten/{uuid}";
            body["uuid"] = uuid;
            CaseObjects[uuid] = body;
            logger.LogInformation("Zaken API (stand-in): zaakobject {Url} for {Object}", body["url"], body["object"]);
            return Results.Json(body, statusCode: 201);
        }).AllowAnonymous();
        app.MapGet($"{Root}statussen", (string? zaak, string? statustype) =>
            Page(Statuses.Where(s => s["zaak"]!.GetValue<string>() == zaak && (statustype is null || s["statustype"]!.GetValue<string>() == statustype)))).AllowAnonymous();
        app.MapPost($"{Root}statussen", (HttpRequest request, JsonObject body, ILogger<JsonObject> logger) =>
        {
            var uuid = Guid.NewGuid().ToString();
            body["url"] = $"{Base(request)}statussen/{uuid}";
            body["uuid"] = uuid;
            body["indicatieLaatstGezetteStatus"] = true;
            body["zaakinformatieobjecten"] = new JsonArray();
            Statuses.Enqueue(body);
            logger.LogInformation("Zaken API (stand-in): status {Status} on {Zaak}: {Explanation}", body["statustype"], body["zaak"], body["statustoelichting"]);
            return Results.Json(body, statusCode: 201);
        }).AllowAnonymous();
    }

    /// <summary>The stand-in's zaken, as the Zaken API shows them (every member the contract requires).</summary>
    private static IEnumerable<JsonObject> Zaken(string root, IClock clock) =>
        from year in new[] { Amsterdam.YearOf(clock.GetCurrentInstant()), Amsterdam.YearOf(clock.GetCurrentInstant()) + 1 }
        from n in Enumerable.Range(1, 5)
        select Zaak(root, year, n);

    private static JsonObject Zaak(string root, int year, int n)
    {
        var uuid = $"00000000-0000-4000-8000-{year:0000}0000000{n}";
        return new JsonObject
        {
            ["url"] = $"{root}zaken/{uuid}", ["uuid"] = uuid, ["identificatie"] = $"Z-{year}-000{n}", ["bronorganisatie"] = Rsin,
            ["zaaktype"] = $"{root}catalogi/zaaktypen/relatietraining", ["verantwoordelijkeOrganisatie"] = Rsin, ["startdatum"] = "2026-01-05",
            ["einddatum"] = null, ["betalingsindicatieWeergave"] = "", ["deelzaken"] = new JsonArray(), ["eigenschappen"] = new JsonArray(),
            ["rollen"] = new JsonArray(), ["status"] = null, ["resultaat"] = null, ["zaakinformatieobjecten"] = new JsonArray(), ["zaakobjecten"] = new JsonArray(),
        };
    }

    private static IResult Page(IEnumerable<JsonObject> items)
    {
        var results = new JsonArray([.. items.Select(i => i.DeepClone())]);
        return Results.Json(new JsonObject { ["count"] = results.Count, ["next"] = null, ["previous"] = null, ["results"] = results });
    }
}
