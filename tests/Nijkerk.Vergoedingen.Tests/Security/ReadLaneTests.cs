using System.Net;
using System.Net.Http.Headers;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// Every stream shares one id space, so a referral read must find a referral of the caller's own
/// municipality or nothing: not a payment batch, a year or a provider by its id, not another's referral.
/// </summary>
public class ReadLaneTests(LedgerApp app) : LedgerTest(app)
{
    public static TheoryData<string> Kinds => ["payment batch", "quota year", "budget year", "provider", "referral of barneveld"];

    /// <summary>An id of that kind, with events behind it, and a consulent of Nijkerk to ask for it.</summary>
    private async Task<(string Id, HttpClient Anna)> StreamOf(string kind)
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var admin = await App.SignIn("ad", "admin");
        await bob.SetQuota(10);
        await bob.SetBudget("5000.00");
        var provider = await admin.RegisteredProvider();
        var referral = await anna.CommittedReferral(bob, "600.00");
        await bob.ApproveClaim(referral, await anna.RecordedClaim(referral, provider, "600.00"));
        var batch = (await (await bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created)).Str("id");
        var barneveld = await (await App.SignIn("anna", "consulent", tenant: "barneveld")).RequestedReferral();
        return (kind switch
        {
            "payment batch" => batch,
            "quota year" => "quota-year/houd-me-vast/2026",
            "budget year" => "budget-year/bijzondere-bijstand/2026",
            "provider" => provider,
            _ => barneveld,
        }, anna);
    }

    private static string Segment(string id) => Uri.EscapeDataString(id);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_trail_of_an_id_that_is_no_referral_of_the_municipality_is_not_found(string kind)
    {
        var (id, anna) = await StreamOf(kind);
        var negotiated = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{Segment(id)}/events");
        negotiated.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        await (await anna.GetAsync($"/api/referrals/{Segment(id)}/events")).ShouldBeProblem(404, "not-found");
        await (await anna.GetAsync($"/api/referrals/{Segment(id)}/events.csv")).ShouldBeProblem(404, "not-found");
        await (await anna.SendAsync(negotiated)).ShouldBeProblem(404, "not-found");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_id_that_is_no_referral_of_the_municipality_is_not_found_now_or_as_of_any_instant(string kind)
    {
        var (id, anna) = await StreamOf(kind);

        await (await anna.GetAsync($"/api/referrals/{Segment(id)}")).ShouldBeProblem(404, "not-found");
        await (await anna.GetAsync($"/api/referrals/{Segment(id)}?asOf=2026-03-02T09:01:00Z")).ShouldBeProblem(404, "not-found");
        await (await anna.GetAsync($"/api/referrals/{Segment(id)}?asOf=2030-01-01T00:00:00Z")).ShouldBeProblem(404, "not-found");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_referral_screen_for_an_id_that_is_no_referral_of_the_municipality_is_not_found(string kind)
    {
        var (id, _) = await StreamOf(kind);
        var screen = await ScreenClient.SignInAs(App, "anna");

        var page = await screen.GetAsync($"/aanvragen/{Segment(id)}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(id, await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_referral_of_the_municipality_is_still_read_with_its_trail_and_as_of_an_instant()
    {
        var anna = await App.SignIn("anna", "consulent");
        var id = await anna.RequestedReferral();

        var trail = await anna.GetJson($"/api/referrals/{id}/events");
        var then = await anna.GetJson($"/api/referrals/{id}?asOf=2026-03-02T09:01:00Z");

        Assert.Equal("training_requested", trail["items"]![0]!.Str("type"));
        Assert.Equal("Requested", then.Str("status"));
    }
}
