using System.Net;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Privacy;

/// <summary>What a person types never enters an event: the event holds a salted digest, the text an erasable document.</summary>
public class PersonalTextTests(LedgerApp app) : LedgerTest(app)
{
    private const string Mark = "kq7x";

    [Fact]
    public async Task Every_typed_text_lives_in_a_document_that_matches_the_digest_its_event_keeps()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var pia = await App.SignIn("pia", "privacy-officer");
        await bob.SetBudget("5000.00");
        var slot = await anna.RequestedReferral(new { caseReference = "Z-2026-0801", scheme = "houd-me-vast", year = 2026, motivation = $"Motivatie {Mark}" });
        await bob.Approve(slot, $"Goedkeuring {Mark}");
        var scheduled = await (await anna.Post($"/api/referrals/{slot}/schedule", new { provider = $"Trainer {Mark}", startDate = "2026-05-04" }))
            .ShouldBe(HttpStatusCode.OK);
        await (await anna.Post($"/api/referrals/{slot}/withdraw", new { reason = $"Intrekking {Mark}" })).ShouldBe(HttpStatusCode.OK);
        var other = await anna.RequestedReferral(new { caseReference = "Z-2026-0802", scheme = "houd-me-vast", year = 2026, motivation = $"Motivatie {Mark}" });
        await (await bob.Post($"/api/referrals/{other}/reject", new { reason = $"Afwijzing {Mark}" })).ShouldBe(HttpStatusCode.OK);
        var money = await anna.CommittedReferral(bob, "800.00", "Z-2026-0803");
        var claim = (await (await anna.Post($"/api/referrals/{money}/claims",
            new { invoiceNumber = "F-1", amount = "100.00", payee = "household", iban = "NL91 ABNA 0417 1643 00", name = "Familie" })).ShouldBe(HttpStatusCode.Created)).Str("claimId");
        await (await bob.Post($"/api/referrals/{money}/claims/{claim}/reject", new { reason = $"Declaratie {Mark}" })).ShouldBe(HttpStatusCode.OK);
        await (await pia.Post("/api/cases/Z-2026-0803/erase", new { reason = $"Verzoek {Mark}" })).ShouldBe(HttpStatusCode.Accepted);

        // An answer is kept for retries, where nothing is erased: the trainer is read from the referral, not the answer.
        Assert.Null(scheduled["provider"]);
        Assert.Equal($"Trainer {Mark}", (await bob.GetJson($"/api/referrals/{slot}")).Str("provider"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where data::text like @mark", ("mark", $"%{Mark}%")));
        var digests = (await App.Database.EventsAsync("select type, data::text from {schema}.mt_events order by seq_id"))
            .SelectMany(e => DigestsIn(JsonNode.Parse(e.Data)!)).ToList();
        // Three motivations, two approvals, the trainer, the withdrawal, the rejection, the claim's rejection, the erasure's reason.
        Assert.Equal(10, digests.Count);
        foreach (var digest in digests)
        {
            var text = await App.Database.ScalarAsync<string>("select data::text from {schema}.mt_doc_personaltext where id = @id", ("id", digest.Id));
            var stored = JsonNode.Parse(text)!;
            Assert.Equal(digest.Sha256, PersonalText.DigestOf(stored.Str("salt"), stored.Str("text")));
        }
    }

    /// <summary>The digests an event's body keeps, wherever they sit: objects with an id and a sha256.</summary>
    private static IEnumerable<TextDigest> DigestsIn(JsonNode body) => body.AsObject()
        .Select(p => p.Value)
        .OfType<JsonObject>()
        .Where(o => o["sha256"] is not null)
        .Select(o => new TextDigest(o.Str("id"), o.Str("sha256")));
}
