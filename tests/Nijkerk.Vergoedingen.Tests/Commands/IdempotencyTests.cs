using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Commands;

/// <summary>Invariant 9: a retried request with the same Idempotency-Key has its effect once.</summary>
public class IdempotencyTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task A_retried_request_gets_the_first_answer_again_and_appends_nothing()
    {
        var anna = await App.SignIn("anna", "consulent");
        var first = await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "aanvraag-1");
        var count = await App.EventCountAsync();

        var retry = await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "aanvraag-1");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(count, await App.EventCountAsync());
        Assert.Single((await anna.GetJson("/api/referrals"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_key_reused_for_a_different_request_is_refused()
    {
        var anna = await App.SignIn("anna", "consulent");
        await (await anna.Post("/api/referrals", Steps.HoudMeVast("Z-1"), idempotencyKey: "k")).ShouldBe(HttpStatusCode.Created);
        var count = await App.EventCountAsync();

        var response = await anna.Post("/api/referrals", Steps.HoudMeVast("Z-2"), idempotencyKey: "k");

        await response.ShouldBeProblem(409, "idempotency-conflict");
        Assert.Equal(count, await App.EventCountAsync());
    }

    [Fact]
    public async Task A_retried_approval_answers_as_the_first_did_not_as_a_second_approval()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.RequestedReferral();
        var first = await (await bob.Post($"/api/referrals/{id}/approve", new { reason = "Akkoord" }, "goedkeuring-1")).ShouldBe(HttpStatusCode.OK);

        var retry = await (await bob.Post($"/api/referrals/{id}/approve", new { reason = "Akkoord" }, "goedkeuring-1")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
    }

    [Fact]
    public async Task Parallel_twins_with_one_key_create_one_referral_and_all_get_its_answer()
    {
        var anna = await App.SignIn("anna", "consulent");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => anna.Post("/api/referrals", Steps.HoudMeVast(), "tweeling")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Json()).Str("id")));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where type = 'training_requested'"));
    }

    [Fact]
    public async Task A_retried_budget_change_is_recorded_once()
    {
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("1000.00");

        await (await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "2000.00", reason = "Wijziging" }, "wijziging-1")).ShouldBe(HttpStatusCode.OK);
        await (await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "3000.00", reason = "Wijziging" }, "wijziging-2")).ShouldBe(HttpStatusCode.OK);
        var replay = await (await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "2000.00", reason = "Wijziging" }, "wijziging-1")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("2000.00", replay.Str("budget"));
        Assert.Equal("3000.00", (await bob.GetJson("/api/allocation/2026"))["schemes"]![1].Str("budget"));
        Assert.Equal(3, await App.EventCountAsync());
    }

    [Fact]
    public async Task The_same_key_from_two_users_is_two_requests()
    {
        var anna = await App.SignIn("anna", "consulent");
        var ahmed = await App.SignIn("ahmed", "consulent");

        await (await anna.Post("/api/referrals", Steps.HoudMeVast("Z-1"), "1")).ShouldBe(HttpStatusCode.Created);
        await (await ahmed.Post("/api/referrals", Steps.HoudMeVast("Z-2"), "1")).ShouldBe(HttpStatusCode.Created);

        Assert.Equal(2, (await anna.GetJson("/api/referrals"))["items"]!.AsArray().Count);
    }
}
