using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Allocation;

public class AllocationViewTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task A_year_nobody_touched_shows_the_default_quota_and_no_budget()
    {
        var controller = await App.SignIn("carla", "controller");

        var view = await controller.GetJson("/api/allocation/2027");

        Assert.Equal((2027, "nijkerk"), (view["year"]!.GetValue<int>(), view.Str("tenant")));
        var schemes = view["schemes"]!.AsArray();
        Assert.Equal(("houd-me-vast", "quota", 10, 10, 0), (schemes[0].Str("scheme"), schemes[0].Str("kind"),
            schemes[0]!["capacity"]!.GetValue<int>(), schemes[0]!["available"]!.GetValue<int>(), schemes[0]!["waitlist"]!.GetValue<int>()));
        Assert.Equal(("bijzondere-bijstand", "budget", "0.00", "0.00", "0.00", "0.00"), (schemes[1].Str("scheme"), schemes[1].Str("kind"),
            schemes[1].Str("budget"), schemes[1].Str("committed"), schemes[1].Str("paid"), schemes[1].Str("available")));
    }

    [Fact]
    public async Task As_of_an_instant_the_view_shows_the_year_as_it_stood_then()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("10000.00");
        await bob.SetQuota(10);
        App.Clock.AdvanceHours(1);
        var before = App.Clock.GetCurrentInstant();
        App.Clock.AdvanceHours(1);
        await anna.ApprovedReferral(bob, Steps.BijzondereBijstand("1450.00", "200.00"));
        await anna.ApprovedReferral(bob);
        await bob.SetBudget("12000.00");

        var then = await anna.GetJson($"/api/allocation/2026?asOf={before}");
        var now = await anna.GetJson("/api/allocation/2026");

        Assert.Equal((0, "10000.00", "0.00"), (then["schemes"]![0]!["reserved"]!.GetValue<int>(), then["schemes"]![1].Str("budget"), then["schemes"]![1].Str("committed")));
        Assert.Equal((1, "12000.00", "1250.00"), (now["schemes"]![0]!["reserved"]!.GetValue<int>(), now["schemes"]![1].Str("budget"), now["schemes"]![1].Str("committed")));
        Assert.Equal(before.ToString(), then.Str("asOf"));
    }

    [Fact]
    public async Task Before_anything_was_set_the_view_as_of_then_is_untouched()
    {
        var bob = await App.SignIn("bob", "financial-officer");
        var start = App.Clock.GetCurrentInstant() - Duration.FromMinutes(1);
        await bob.SetQuota(4);

        var then = await bob.GetJson($"/api/allocation/2026?asOf={start}");

        Assert.Equal(10, then["schemes"]![0]!["capacity"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/allocation/twenty")]
    [InlineData("/api/allocation/2026?asOf=yesterday")]
    public async Task A_year_or_instant_that_is_not_one_is_a_validation_problem(string url)
    {
        var bob = await App.SignIn("bob", "financial-officer");

        await (await bob.GetAsync(url)).ShouldBeProblem(400, "validation");
    }
}
