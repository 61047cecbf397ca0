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
}
