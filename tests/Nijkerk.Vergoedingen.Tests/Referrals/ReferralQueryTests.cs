using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

public class ReferralQueryTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task The_list_filters_by_year_scheme_and_status_oldest_first_and_pages()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("10000.00");
        var first = await anna.RequestedReferral(Steps.HoudMeVast("Z-1"));
        App.Clock.AdvanceMinutes(1);
        var money = await anna.ApprovedReferral(bob, Steps.BijzondereBijstand("500.00", "0.00", "Z-2"));
        App.Clock.AdvanceMinutes(1);
        var third = await anna.RequestedReferral(Steps.HoudMeVast("Z-3"));
        App.Clock.AdvanceMinutes(1);
        await anna.RequestedReferral(Steps.HoudMeVast("Z-4", 2027));

        var requested = await anna.GetJson("/api/referrals?year=2026&scheme=houd-me-vast&status=Requested");
        var page2 = await anna.GetJson("/api/referrals?year=2026&pageSize=2&page=2");
        var committed = await anna.GetJson("/api/referrals?status=Committed");

        Assert.Equal([first, third], requested["items"]!.AsArray().Select(i => i.Str("id")));
        Assert.Equal([third], page2["items"]!.AsArray().Select(i => i.Str("id")));
        Assert.Equal(3, page2["total"]!.GetValue<long>());
        Assert.Equal([money], committed["items"]!.AsArray().Select(i => i.Str("id")));
    }

    [Fact]
    public async Task The_trail_of_a_referral_lists_every_event_in_order_with_who_and_when()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);

        var items = (await bob.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray();

        Assert.Equal(["training_requested", "referral_approved", "slot_reserved"], items.Select(i => i.Str("type")));
        Assert.Equal(["anna", "bob", "bob"], items.Select(i => i.Str("user")));
        Assert.True(items.Select(i => i!["sequence"]!.GetValue<long>()).SequenceEqual(items.Select(i => i!["sequence"]!.GetValue<long>()).Order()));
        Assert.Equal("Z-2026-0001", items[0]!["data"].Str("caseReference"));
    }

    [Fact]
    public async Task The_motivation_is_kept_out_of_the_events()
    {
        var anna = await App.SignIn("anna", "consulent");
        await anna.RequestedReferral(new { caseReference = "Z-9", scheme = "houd-me-vast", year = 2026, motivation = "Vertrouwelijke toelichting" });

        var leaked = await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where data::text like '%Vertrouwelijke%'");

        Assert.Equal(0, leaked);
    }

    [Fact]
    public async Task Unknown_or_malformed_referral_ids_are_not_found()
    {
        var anna = await App.SignIn("anna", "consulent");

        await (await anna.GetAsync($"/api/referrals/{Guid.NewGuid()}")).ShouldBeProblem(404, "not-found");
        await (await anna.GetAsync("/api/referrals/not-an-id")).ShouldBeProblem(404, "not-found");
        await (await anna.GetAsync($"/api/referrals/{Guid.NewGuid()}/events")).ShouldBeProblem(404, "not-found");
    }
}
