using System.Net;
using System.Net.Http.Headers;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Audit;

public class AuditTrailTests(LedgerApp app) : LedgerTest(app)
{
    private HttpClient _anna = null!;
    private HttpClient _bob = null!;
    private HttpClient _carla = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _anna = await App.SignIn("anna", "consulent");
        _bob = await App.SignIn("bob", "financial-officer");
        _carla = await App.SignIn("carla", "controller");
    }

    [Fact]
    public async Task The_year_trail_lists_every_event_of_the_year_in_order_with_who_when_and_why()
    {
        await _bob.SetQuota(5);
        await _bob.SetBudget("5000.00");
        await _anna.ApprovedReferral(_bob);
        await _anna.ApprovedReferral(_bob, Steps.BijzondereBijstand("1450.00", "200.00"));
        await _anna.RequestedReferral(Steps.HoudMeVast("Z-2027", 2027));

        var trail = await _carla.GetJson("/api/years/2026/events");
        var quotaOnly = await _carla.GetJson("/api/years/2026/events?scheme=houd-me-vast");

        var items = trail["items"]!.AsArray();
        Assert.Equal(10, trail["total"]!.GetValue<long>());
        Assert.True(items.Select(i => i!["sequence"]!.GetValue<long>()).SequenceEqual(items.Select(i => i!["sequence"]!.GetValue<long>()).Order()));
        var approval = items.First(i => i.Str("type") == "referral_approved")!;
        Assert.Equal(("bob", "financial-officer"), (approval.Str("user"), approval.Str("role")));
        // The year's trail is read in bulk: a typed reason shows as its digest, its text only in the referral's own trail.
        Assert.Null(approval["reason"]);
        Assert.Matches("^[0-9a-f]{64}$", approval["data"]!["reason"]!.Str("sha256"));
        Assert.DoesNotContain("Past binnen het beleid", trail.ToJsonString());
        Assert.DoesNotContain(items, i => i!["data"]!["year"]?.GetValue<int>() == 2027);
        Assert.Equal(5, quotaOnly["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_trail_is_paged()
    {
        await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-1"));
        await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-2"));

        var page = await _carla.GetJson("/api/years/2026/events?page=2&pageSize=3");

        Assert.Equal((9, 2, 3), (page["total"]!.GetValue<int>(), page["page"]!.GetValue<int>(), page["pageSize"]!.GetValue<int>()));
        Assert.Equal(3, page["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_trail_exports_as_csv_on_accept_or_by_extension()
    {
        var id = await _anna.ApprovedReferral(_bob);
        await (await _bob.Post($"/api/referrals/{id}/withdraw", new { reason = "Stel zegt af, \"per direct\"" })).ShouldBe(HttpStatusCode.OK);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/years/2026/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var negotiated = await _carla.SendAsync(request);
        var byExtension = await _carla.GetAsync($"/api/referrals/{id}/events.csv");

        Assert.Equal("text/csv", negotiated.Content.Headers.ContentType?.MediaType);
        var lines = (await negotiated.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Sequence,Stream,Version,Type,At,User,Role,Reason,CorrelationId,Data", lines[0]);
        Assert.Equal(await App.EventCountAsync() + 1, lines.Length);
        var csv = await byExtension.Content.ReadAsStringAsync();
        Assert.Contains("\"Stel zegt af, \"\"per direct\"\"\"", csv);
    }

    [Fact]
    public async Task Only_controllers_read_the_year_trail()
    {
        await (await _bob.GetAsync("/api/years/2026/events")).ShouldBeProblem(403, "forbidden");
        await (await _bob.GetAsync("/api/years/2026/verify")).ShouldBeProblem(403, "forbidden");
        await (await _anna.GetAsync("/reports/2026")).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task A_referral_as_of_an_instant_shows_it_as_it_stood_then()
    {
        var id = await _anna.RequestedReferral();
        App.Clock.AdvanceHours(2);
        var before = App.Clock.GetCurrentInstant();
        App.Clock.AdvanceHours(2);
        await _bob.Approve(id);

        var then = await _carla.GetJson($"/api/referrals/{id}?asOf={before}");
        var now = await _carla.GetJson($"/api/referrals/{id}");

        Assert.Equal(("Requested", "Reserved"), (then.Str("status"), now.Str("status")));
        Assert.Null(then["approvedBy"]);
    }

    [Fact]
    public async Task A_waitlisted_referral_as_of_then_shows_its_place_in_line_then()
    {
        await _bob.SetQuota(1);
        var first = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-1"));
        await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-2"));
        var third = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-3"));
        App.Clock.AdvanceMinutes(5);
        var before = App.Clock.GetCurrentInstant();
        App.Clock.AdvanceMinutes(5);
        await (await _anna.Post($"/api/referrals/{first}/withdraw", new { reason = "Afgezegd" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(2, (await _carla.GetJson($"/api/referrals/{third}?asOf={before}"))["waitlistPosition"]!.GetValue<int>());
        Assert.Equal(1, (await _carla.GetJson($"/api/referrals/{third}"))["waitlistPosition"]!.GetValue<int>());
    }

    [Fact]
    public async Task Before_it_was_requested_a_referral_did_not_exist()
    {
        var before = App.Clock.GetCurrentInstant() - NodaTime.Duration.FromHours(1);
        var id = await _anna.RequestedReferral();

        await (await _carla.GetAsync($"/api/referrals/{id}?asOf={before}")).ShouldBeProblem(404, "not-found");
        await (await _carla.GetAsync($"/api/referrals/{id}?asOf=gisteren")).ShouldBeProblem(400, "validation");
    }
}
