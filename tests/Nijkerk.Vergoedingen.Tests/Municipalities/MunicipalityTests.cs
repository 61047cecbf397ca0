using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Municipalities;

/// <summary>Municipalities are data: the region's admin adds and changes them, and every request sees it without a restart.</summary>
public class MunicipalityTests(LedgerApp app) : LedgerTest(app)
{
    private static object Leusden(string[]? schemes = null, int capacity = 4) => new
    {
        slug = "leusden", name = "Gemeente Leusden", iban = "NL91 ABNA 0417 1643 00", bic = "ABNANL2A",
        schemes = schemes ?? ["houd-me-vast", "bijzondere-bijstand"], defaultCapacity = capacity, reservationExpiry = "28.00:00:00",
        reason = "Besluit portefeuillehoudersoverleg",
    };

    [Fact]
    public async Task A_municipality_added_by_the_region_is_used_at_once_with_its_own_default_capacity()
    {
        var rob = await App.SignIn("rob", "region-admin", tenant: "foodvalley");
        var stranger = await App.SignIn("lotte", "consulent", tenant: "leusden");
        await (await stranger.Post("/api/referrals", Steps.HoudMeVast())).ShouldBeProblem(403, "forbidden");

        var added = await (await rob.Post("/api/municipalities", Leusden())).ShouldBe(HttpStatusCode.Created);

        Assert.Equal(("leusden", "Gemeente Leusden", "NL91ABNA0417164300", 4, "28.00:00:00"),
            (added.Str("slug"), added.Str("name"), added.Str("iban"), added["defaultCapacity"]!.GetValue<int>(), added.Str("reservationExpiry")));
        var lotte = await App.SignIn("lotte", "consulent", tenant: "leusden");
        var id = await lotte.RequestedReferral();
        var allocation = await lotte.GetJson("/api/allocation/2026");
        Assert.Equal(4, allocation["schemes"]![0]!["capacity"]!.GetValue<int>());
        Assert.Equal("Requested", (await lotte.GetJson($"/api/referrals/{id}")).Str("status"));
        var listed = await rob.GetJson("/api/municipalities");
        Assert.Contains(listed["items"]!.AsArray(), m => m.Str("slug") == "leusden");
        Assert.Equal(9, listed["items"]!.AsArray().Count);
        var events = await App.Database.EventsAsync(
            "select type, data::text from {schema}.mt_events where stream_id = 'municipality/leusden' and tenant_id = 'foodvalley'");
        var (type, data) = Assert.Single(events);
        Assert.Equal("municipality_added", type);
        Assert.Contains("\"by\": \"rob\"", data);
        Assert.Contains("Besluit portefeuillehoudersoverleg", data);
    }

    [Fact]
    public async Task A_scheme_the_municipality_stops_offering_refuses_new_referrals_and_changes_nothing()
    {
        var rob = await App.SignIn("rob", "region-admin", tenant: "foodvalley");
        await (await rob.Post("/api/municipalities", Leusden())).ShouldBe(HttpStatusCode.Created);
        var changed = await (await rob.Put("/api/municipalities/leusden", Leusden(["bijzondere-bijstand"]))).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(["bijzondere-bijstand"], changed["schemes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var lotte = await App.SignIn("lotte", "consulent", tenant: "leusden");
        var before = await App.SnapshotAsync();

        await (await lotte.Post("/api/referrals", Steps.HoudMeVast())).ShouldBeProblem(409, "scheme-not-offered");

        await App.ShouldBeUnchangedSince(before);
        await lotte.RequestedReferral(Steps.BijzondereBijstand("900.00", "100.00"));
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");
        var leusden = (await ria.GetJson("/api/region/allocation/2026"))["municipalities"]!.AsArray().Single(m => m.Str("municipality") == "leusden")!;
        Assert.Equal(["budget"], leusden["schemes"]!.AsArray().Select(s => s.Str("kind")));
    }

    [Fact]
    public async Task A_scheme_no_longer_offered_still_shows_in_the_region_for_the_year_it_was_used()
    {
        var rob = await App.SignIn("rob", "region-admin", tenant: "foodvalley");
        await (await rob.Post("/api/municipalities", Leusden())).ShouldBe(HttpStatusCode.Created);
        var lotte = await App.SignIn("lotte", "consulent", tenant: "leusden");
        await lotte.ApprovedReferral(await App.SignIn("luuk", "financial-officer", tenant: "leusden"));
        await (await rob.Put("/api/municipalities/leusden", Leusden(["bijzondere-bijstand"]))).ShouldBe(HttpStatusCode.OK);
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");

        var leusden = (await ria.GetJson("/api/region/allocation/2026"))["municipalities"]!.AsArray().Single(m => m.Str("municipality") == "leusden")!;

        var quota = leusden["schemes"]!.AsArray().Single(s => s.Str("kind") == "quota")!;
        Assert.Equal((4, 1), (quota["capacity"]!.GetValue<int>(), quota["reserved"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Only_the_regions_admin_sets_municipalities_and_each_rule_is_a_clear_problem()
    {
        var rob = await App.SignIn("rob", "region-admin", tenant: "foodvalley");
        var dirk = await App.SignIn("dirk", "admin");
        var robOfNijkerk = await App.SignIn("rob", "region-admin", tenant: "nijkerk");
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");
        var before = await App.SnapshotAsync();

        await (await dirk.Post("/api/municipalities", Leusden())).ShouldBeProblem(403, "forbidden");
        await (await robOfNijkerk.Post("/api/municipalities", Leusden())).ShouldBeProblem(403, "forbidden");
        await (await ria.Post("/api/municipalities", Leusden())).ShouldBeProblem(403, "forbidden");
        await (await (await App.SignIn("eve", "consulent", tenant: "foodvalley")).GetAsync("/api/allocation/2026")).ShouldBeProblem(403, "forbidden");
        var invalid = await (await rob.Post("/api/municipalities", new { slug = "Leusden!", name = "", iban = "NL00 0000", schemes = Array.Empty<string>(),
            defaultCapacity = -1, reservationExpiry = "0.00:00:00" })).ShouldBeProblem(400, "validation");
        Assert.Equal(["defaultCapacity", "iban", "name", "reservationExpiry", "schemes", "slug"], invalid["errors"]!.AsObject().Select(e => e.Key).Order());
        await (await rob.Put("/api/municipalities/leusden", Leusden())).ShouldBeProblem(404, "not-found");
        await (await rob.Post("/api/municipalities", new { slug = "nijkerk", name = "Nijkerk", iban = "NL91 ABNA 0417 1643 00",
            schemes = new[] { "houd-me-vast" }, defaultCapacity = 10, reservationExpiry = "56.00:00:00" })).ShouldBeProblem(409, "invalid-transition");
        await App.ShouldBeUnchangedSince(before);
    }
}
