using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

public class SetQuotaTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Setting_a_quota_answers_with_its_allocation_entry()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        var entry = await (await bob.Put("/api/quotas/houd-me-vast/2027", new { capacity = 12, reason = "Extra afspraak" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("houd-me-vast", "quota", 12, 12), (entry.Str("scheme"), entry.Str("kind"), entry["capacity"]!.GetValue<int>(), entry["available"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_quota_cannot_go_below_the_slots_in_use()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-2"));
        var before = await App.EventCountAsync();

        var response = await bob.Put("/api/quotas/houd-me-vast/2026", new { capacity = 1, reason = "Minder plekken" });

        await response.ShouldBeProblem(409, "capacity-below-use");
        Assert.Equal(before, await App.EventCountAsync());
    }

    [Fact]
    public async Task Every_change_is_an_adjustment_with_its_reason_and_the_same_capacity_twice_adds_nothing()
    {
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        await bob.SetQuota(8);
        var before = await App.EventCountAsync();

        await bob.SetQuota(8);

        Assert.Equal(before, await App.EventCountAsync());
        var events = await App.Database.EventsAsync("select type, data::text from {schema}.mt_events where tenant_id <> 'foodvalley' order by seq_id");
        Assert.Equal(["quota_year_opened", "quota_capacity_adjusted"], events.Select(e => e.Type));
        var adjusted = System.Text.Json.Nodes.JsonNode.Parse(events[1].Data)!;
        Assert.Equal((10, 8, "Afspraak met de stichting", "bob"),
            (adjusted["from"]!.GetValue<int>(), adjusted["to"]!.GetValue<int>(), adjusted.Str("reason"), adjusted.Str("by")));
    }

    [Fact]
    public async Task A_budget_scheme_has_no_quota()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        await (await bob.Put("/api/quotas/bijzondere-bijstand/2026", new { capacity = 10, reason = "x" })).ShouldBeProblem(400, "validation");
    }
}
