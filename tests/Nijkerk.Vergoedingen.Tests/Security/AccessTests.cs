using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

public class AccessTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        var response = await App.Anonymous().GetAsync("/api/allocation/2026");

        await response.ShouldBeProblem(401, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        await (await client.GetAsync("/api/allocation/2026")).ShouldBeProblem(401, "unauthorized");
    }

    [Theory]
    [InlineData("controller", "POST", "/api/referrals")]
    [InlineData("financial-officer", "POST", "/api/referrals")]
    [InlineData("consulent", "POST", "/api/referrals/x/approve")]
    [InlineData("consulent", "POST", "/api/referrals/x/reject")]
    [InlineData("admin", "POST", "/api/referrals/x/withdraw")]
    [InlineData("financial-officer", "POST", "/api/referrals/x/schedule")]
    [InlineData("controller", "PUT", "/api/quotas/houd-me-vast/2026")]
    [InlineData("consulent", "PUT", "/api/budgets/bijzondere-bijstand/2026")]
    [InlineData("admin", "GET", "/api/referrals")]
    [InlineData("controller", "POST", "/api/referrals/x/claims")]
    [InlineData("consulent", "POST", "/api/referrals/x/claims/y/approve")]
    [InlineData("consulent", "POST", "/api/referrals/x/claims/y/reject")]
    [InlineData("consulent", "POST", "/api/referrals/x/claims/y/payments")]
    [InlineData("consulent", "POST", "/api/referrals/x/close")]
    [InlineData("financial-officer", "POST", "/api/providers")]
    [InlineData("consulent", "POST", "/api/payment-batches")]
    [InlineData("consulent", "GET", "/api/payment-batches/x/file")]
    [InlineData("admin", "POST", "/api/payment-batches/x/booked")]
    [InlineData("admin", "GET", "/api/claims")]
    public async Task A_role_that_may_not_do_this_gets_403_forbidden(string role, string method, string url)
    {
        var client = await App.SignIn("eve", role);
        var before = await App.EventCountAsync();

        var response = await client.Send(new HttpMethod(method), url, new { reason = "x", capacity = 1, amount = "1.00" });

        await response.ShouldBeProblem(403, "forbidden");
        Assert.Equal(before, await App.EventCountAsync());
    }

    [Fact]
    public async Task A_token_for_an_unknown_municipality_gets_403()
    {
        var stranger = await App.SignIn("anna", "consulent", tenant: "amsterdam");

        await (await stranger.GetAsync("/api/allocation/2026")).ShouldBeProblem(403, "forbidden");
        await (await stranger.Post("/api/referrals", Steps.HoudMeVast())).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task Another_municipality_sees_neither_the_referrals_nor_the_years_of_nijkerk()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(3);
        var id = await anna.ApprovedReferral(bob);
        var ede = await App.SignIn("erik", "financial-officer", tenant: "ede");

        await (await ede.GetAsync($"/api/referrals/{id}")).ShouldBeProblem(404, "not-found");
        await (await ede.GetAsync($"/api/referrals/{id}/events")).ShouldBeProblem(404, "not-found");
        await (await ede.Post($"/api/referrals/{id}/withdraw", new { reason = "x" })).ShouldBeProblem(404, "not-found");
        Assert.Empty((await ede.GetJson("/api/referrals"))["items"]!.AsArray());
        var quota = (await ede.GetJson("/api/allocation/2026"))["schemes"]![0]!;
        Assert.Equal((10, 0), (quota["capacity"]!.GetValue<int>(), quota["reserved"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Outside_development_there_is_no_dev_token_route()
    {
        await using var production = App.ProductionHost();

        var response = await production.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).Post("/dev/token", new { user = "anna", roles = new[] { "consulent" }, tenant = "nijkerk" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Outside_development_there_is_no_stand_in_zaken_api()
    {
        await using var production = App.ProductionHost();
        var client = production.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var zaken = await client.GetAsync("/dev/zaken/api/v1/zaken?identificatie=Z-2026-0001");
        var made = await client.Post("/dev/zaken/api/v1/zaakobjecten", new { zaak = "https://localhost/x", @object = "https://localhost/y", objectType = "overige" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (zaken.StatusCode, made.StatusCode));
    }

    [Fact]
    public async Task The_dev_token_route_checks_its_input()
    {
        var response = await App.Anonymous().Post("/dev/token", new { user = "", roles = new[] { "wizard" }, tenant = "nijkerk" });

        var problem = await response.ShouldBeProblem(400, "validation");
        Assert.NotNull(problem["errors"]!["user"]);
        Assert.NotNull(problem["errors"]!["roles"]);
    }
}
