using System.Net;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Invariants;

/// <summary>Invariant 1 of DESIGN.md, under real parallel requests: reserved + consumed ≤ capacity.</summary>
public class QuotaUnderConcurrencyTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Sixty_concurrent_approvals_at_capacity_ten_reserve_exactly_ten_and_waitlist_fifty_in_order()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        var ids = new List<string>();
        for (var i = 1; i <= 60; i++)
        {
            ids.Add(await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-{i:0000}")));
        }

        var responses = await Task.WhenAll(ids.Select(id => bob.Post($"/api/referrals/{id}/approve", new { reason = "Toegekend" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answers = await Task.WhenAll(responses.Select(r => r.Json()));
        Assert.Equal(10, answers.Count(a => a.Str("status") == "Reserved"));
        var waitlisted = answers.Where(a => a.Str("status") == "Waitlisted").ToList();
        Assert.Equal(50, waitlisted.Count);
        Assert.Equal(Enumerable.Range(1, 50), waitlisted.Select(a => a["waitlistPosition"]!.GetValue<int>()).Order());

        // The positions the referrals show now are the same gap-free line.
        var details = await Task.WhenAll(ids.Select(id => anna.GetJson($"/api/referrals/{id}")));
        Assert.Equal(Enumerable.Range(1, 50), details.Where(d => d.Str("status") == "Waitlisted").Select(d => d["waitlistPosition"]!.GetValue<int>()).Order());

        var quota = (await anna.GetJson("/api/allocation/2026"))["schemes"]![0]!;
        Assert.Equal((10, 0, 0, 50), (quota["reserved"]!.GetValue<int>(), quota["available"]!.GetValue<int>(),
            quota["consumed"]!.GetValue<int>(), quota["waitlist"]!.GetValue<int>()));

        // The same numbers from the raw events of the year's stream, not from any read model.
        var events = await App.Database.EventsAsync(
            "select type, data::text from {schema}.mt_events where stream_id = @stream order by seq_id",
            ("stream", "quota-year/houd-me-vast/2026"));
        var reserved = events.Count(e => e.Type == "slot_reserved") - events.Count(e => e.Type is "slot_released" or "slot_consumed");
        var waiting = events.Where(e => e.Type == "referral_waitlisted").Select(e => JsonNode.Parse(e.Data)!["position"]!.GetValue<int>()).ToList();
        Assert.Equal(10, reserved);
        Assert.Equal(Enumerable.Range(1, 50), waiting);
        Assert.Equal(10, events.Where(e => e.Type == "slot_reserved").Select(e => JsonNode.Parse(e.Data).Str("referralId")).Distinct().Count());
    }

    [Fact]
    public async Task Concurrent_first_approvals_of_a_year_nobody_opened_open_it_once_with_the_default_capacity()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var ids = new List<string>();
        for (var i = 1; i <= 20; i++)
        {
            ids.Add(await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-{i:0000}")));
        }

        var responses = await Task.WhenAll(ids.Select(id => bob.Post($"/api/referrals/{id}/approve", new { reason = "Toegekend" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = await Task.WhenAll(responses.Select(async r => (await r.Json()).Str("status")));
        Assert.Equal((10, 10), (statuses.Count(s => s == "Reserved"), statuses.Count(s => s == "Waitlisted")));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where type = 'quota_year_opened'"));
    }
}
