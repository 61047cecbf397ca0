using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// An Idempotency-Key belongs to the user and municipality that sent it: another's same key is a request
/// of its own, and the stored record is keyed by a hash, never by the client's raw text.
/// </summary>
public class IdempotencyKeyTests(LedgerApp app) : LedgerTest(app)
{
    private static async Task<string> CreatedId(HttpResponseMessage response)
    {
        var created = await response.ShouldBe(HttpStatusCode.Created);
        Assert.False(response.Headers.Contains("Idempotent-Replayed"), "A request of another user was answered as a replay.");
        return created.Str("id");
    }

    [Fact]
    public async Task Two_users_sending_the_same_key_each_get_their_own_effect()
    {
        var anna = await App.SignIn("anna", "consulent");
        var ahmed = await App.SignIn("ahmed", "consulent");

        var first = await CreatedId(await anna.Post("/api/referrals", Steps.HoudMeVast("Z-2026-0001"), idempotencyKey: "aanvraag-1"));
        var second = await CreatedId(await ahmed.Post("/api/referrals", Steps.HoudMeVast("Z-2026-0001"), idempotencyKey: "aanvraag-1"));

        Assert.NotEqual(first, second);
        Assert.Equal("anna", (await anna.GetJson($"/api/referrals/{first}")).Str("requestedBy"));
        Assert.Equal("ahmed", (await ahmed.GetJson($"/api/referrals/{second}")).Str("requestedBy"));
    }

    [Fact]
    public async Task The_same_user_and_key_in_another_municipality_is_a_request_of_its_own()
    {
        var nijkerk = await App.SignIn("anna", "consulent");
        var barneveld = await App.SignIn("anna", "consulent", tenant: "barneveld");

        var first = await CreatedId(await nijkerk.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "aanvraag-1"));
        var second = await CreatedId(await barneveld.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "aanvraag-1"));

        Assert.NotEqual(first, second);
        await (await barneveld.GetAsync($"/api/referrals/{first}")).ShouldBeProblem(404, "not-found");
    }

    [Fact]
    public async Task A_user_and_key_that_join_to_the_same_text_as_another_pair_are_still_different_records()
    {
        var anna = await App.SignIn("anna", "consulent");
        var annaX = await App.SignIn("anna/x", "consulent");

        await CreatedId(await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "x/y"));
        await CreatedId(await annaX.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "y"));

        Assert.Equal(2, (await anna.GetJson("/api/referrals"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_stored_record_is_keyed_by_a_hash_that_holds_neither_key_nor_user()
    {
        var anna = await App.SignIn("anna", "consulent");
        await CreatedId(await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "Z-2026-0001 voor de familie"));

        var ids = await App.Database.ScalarAsync<string>("select string_agg(id, ' ') from {schema}.mt_doc_idempotencyrecord where id not like 'command/%'");

        Assert.Matches("^key/[0-9a-f]{64}$", ids);
        Assert.DoesNotContain("familie", ids);
        Assert.DoesNotContain("anna", ids);
    }

    [Fact]
    public async Task A_retry_by_the_same_user_still_replays_the_first_answer()
    {
        var anna = await App.SignIn("anna", "consulent");
        var first = await CreatedId(await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "aanvraag-1"));

        var retry = await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: "aanvraag-1");

        Assert.Equal(first, (await retry.ShouldBe(HttpStatusCode.Created)).Str("id"));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
    }
}
