using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Audit;

/// <summary>Who looked at whose case: every read of a referral or a trail, through the API or the screens, is kept.</summary>
public class AccessLogTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Every_read_of_a_referral_or_a_trail_is_kept_with_who_role_when_and_what_and_a_controller_reads_it_per_case_and_per_user()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var carla = await App.SignIn("carla", "controller");
        var id = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0301"));
        var other = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0302"));

        await (await anna.GetAsync($"/api/referrals/{id}")).ShouldBe(HttpStatusCode.OK);
        await (await bob.GetAsync($"/api/referrals/{id}/events")).ShouldBe(HttpStatusCode.OK);
        var screen = await ScreenClient.SignInAs(App, "fleur");
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync($"/aanvragen/{id}")).StatusCode);
        await (await carla.GetAsync($"/api/referrals/{other}")).ShouldBe(HttpStatusCode.OK);
        await (await carla.GetAsync("/api/years/2026/events")).ShouldBe(HttpStatusCode.OK);
        // Not a read of anyone's data: a referral that does not exist.
        await (await anna.GetAsync("/api/referrals/nobody")).ShouldBeProblem(404, "not-found");

        var perCase = (await carla.GetJson("/api/access-log?caseReference=Z-2026-0301"))["items"]!.AsArray();
        Assert.Equal(
            [("fleur", "financial-officer", "referral"), ("bob", "financial-officer", "referral-trail"), ("anna", "consulent", "referral")],
            perCase.Select(e => (e.Str("user"), e.Str("role"), e.Str("action"))).OrderBy(e => e.Item1).Reverse().ToList());
        Assert.All(perCase, e => Assert.Equal((id, "2026-03-02T09:00:00Z"), (e.Str("subject"), e.Str("at"))));

        var perUser = (await carla.GetJson("/api/access-log?user=carla"))["items"]!.AsArray();
        Assert.Equal([("year-trail", "2026"), ("referral", other)], perUser.Select(e => (e.Str("action"), e.Str("subject"))).OrderByDescending(e => e.Item1).ToList());

        Assert.Empty((await carla.GetJson("/api/access-log?from=2026-03-02T09:00:01Z"))["items"]!.AsArray());
        await (await anna.GetAsync("/api/access-log")).ShouldBeProblem(403, "forbidden");
    }

    [Fact]
    public async Task A_refused_form_that_shows_the_referral_again_records_that_read_as_its_first_showing_did()
    {
        var id = await (await App.SignIn("anna", "consulent")).RequestedReferral(Steps.HoudMeVast("Z-2026-0303"));
        var carla = await App.SignIn("carla", "controller");
        var screen = await ScreenClient.SignInAs(App, "anna");

        // The form is read from the page first (one read); planning a referral nobody approved yet is refused, and the page shows it again.
        var html = await screen.PostForm($"/aanvragen/{id}", $"/aanvragen/{id}?handler=Schedule",
            new() { ["provider"] = "Praktijk De Brug", ["startDate"] = "2026-04-01" });

        Assert.Contains("Z-2026-0303", html);
        var reads = (await carla.GetJson("/api/access-log?caseReference=Z-2026-0303"))["items"]!.AsArray();
        Assert.Equal([("anna", "referral", id), ("anna", "referral", id)], reads.Select(e => (e.Str("user"), e.Str("action"), e.Str("subject"))).ToList());
    }

    [Fact]
    public async Task The_controllers_year_trail_on_the_screen_and_as_CSV_is_recorded_before_it_is_written()
    {
        var carla = await App.SignIn("carla", "controller");
        var screen = await ScreenClient.SignInAs(App, "carla");

        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/controle/2026/audittrail")).StatusCode);
        var csv = await screen.GetAsync("/controle/2026/audittrail?handler=Csv");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var reads = (await carla.GetJson("/api/access-log?user=carla"))["items"]!.AsArray();
        Assert.Equal([("year-trail", "2026"), ("year-trail", "2026")], reads.Select(e => (e.Str("action"), e.Str("subject"))).ToList());
    }

    [Fact]
    public async Task Reading_a_payment_file_records_the_batch_every_case_in_it_and_who_read_it_through_the_api_and_the_screen()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("10000.00");
        var provider = await (await App.SignIn("dirk", "admin")).RegisteredProvider();
        foreach (var (caseReference, payee) in new[] { ("Z-2026-0311", (object)new { invoiceNumber = "F-1", amount = "100.00", payee = provider }),
            ("Z-2026-0312", new { invoiceNumber = "Bon 2", amount = "50.00", payee = "household", iban = "NL02ABNA0123456789", name = "J. de Vries" }) })
        {
            var referral = await anna.CommittedReferral(bob, "1000.00", caseReference);
            var claim = (await (await anna.Post($"/api/referrals/{referral}/claims", payee)).ShouldBe(HttpStatusCode.Created)).Str("claimId");
            await bob.ApproveClaim(referral, claim);
        }
        var batch = (await (await bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created)).Str("id");
        var carla = await App.SignIn("carla", "controller");
        Assert.Empty((await carla.GetJson("/api/access-log?caseReference=Z-2026-0312"))["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync($"/api/payment-batches/{batch}/file")).StatusCode);
        var download = await (await ScreenClient.SignInAs(App, "fleur")).GetAsync($"/declaraties?handler=File&batch={batch}");

        Assert.Equal("application/xml", download.Content.Headers.ContentType?.MediaType);
        foreach (var caseReference in new[] { "Z-2026-0311", "Z-2026-0312" })
        {
            var reads = (await carla.GetJson($"/api/access-log?caseReference={caseReference}"))["items"]!.AsArray();
            Assert.Equal([("bob", "financial-officer", batch), ("fleur", "financial-officer", batch)],
                reads.Where(e => e.Str("action") == "payment-file").Select(e => (e.Str("user"), e.Str("role"), e.Str("subject"))).OrderBy(e => e.Item1).ToList());
        }
        // Making the batch and reading its details show no household: only reading the file is a read of their data.
        Assert.Equal(4, (await carla.GetJson("/api/access-log?user=bob"))["items"]!.AsArray().Count + (await carla.GetJson("/api/access-log?user=fleur"))["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/api/referrals?page=2147483647")]
    [InlineData("/api/years/2026/events?page=2147483647")]
    [InlineData("/api/access-log?page=2147483647")]
    public async Task A_page_past_the_last_that_can_be_read_is_a_validation_problem_not_an_overflow(string url)
    {
        var carla = await App.SignIn("carla", "controller");

        var problem = await (await carla.GetAsync(url)).ShouldBeProblem(400, "validation");

        Assert.NotNull(problem["errors"]?["page"]);
    }

    [Fact]
    public async Task The_access_log_finds_a_user_however_the_controller_capitalises_the_name()
    {
        var anna = await App.SignIn("Anna.deVries", "consulent");
        var id = await anna.RequestedReferral();
        await anna.GetJson($"/api/referrals/{id}");
        var carla = await App.SignIn("carla", "controller");

        var found = (await carla.GetJson("/api/access-log?user=anna.devries"))["items"]!.AsArray();

        Assert.Contains(found, r => r!["user"]!.GetValue<string>() == "Anna.deVries" && r["subject"]!.GetValue<string>().Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_underscore_or_a_percent_sign_in_the_user_filter_is_that_character_not_a_wildcard()
    {
        var axb = await App.SignIn("axb", "consulent");
        await axb.GetJson($"/api/referrals/{await axb.RequestedReferral()}");
        var carla = await App.SignIn("carla", "controller");

        Assert.Empty((await carla.GetJson("/api/access-log?user=a_b"))["items"]!.AsArray());
        Assert.Empty((await carla.GetJson("/api/access-log?user=a%25"))["items"]!.AsArray());
        Assert.NotEmpty((await carla.GetJson("/api/access-log?user=AXB"))["items"]!.AsArray());
    }
}
