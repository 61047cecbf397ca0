using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Years;

/// <summary>Closing a year: carry-over, seal, and closed is closed.</summary>
public class CloseYearTests(LedgerApp app) : LedgerTest(app)
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

    private async Task<(string Reserved, string Waiting, string Completed, string Money)> A_year_with_work_left()
    {
        await _bob.SetQuota(2);
        await _bob.SetBudget("5000.00");
        await _bob.SetBudget("3000.00", "2027");
        var reserved = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-1"));
        var completed = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-2"));
        await (await _anna.Post($"/api/referrals/{completed}/schedule", new { provider = "De Brug", startDate = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        await (await _anna.Post($"/api/referrals/{completed}/complete", new { completedOn = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        var waiting = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-3"));
        var money = await _anna.ApprovedReferral(_bob, Steps.BijzondereBijstand("1450.00", "200.00", "Z-4"));
        App.Clock.Reset(Instant.FromUtc(2027, 1, 12, 9, 0));
        return (reserved, waiting, completed, money);
    }

    [Fact]
    public async Task Closing_carries_open_work_over_to_the_next_year_and_seals_the_year()
    {
        var (reserved, waiting, _, money) = await A_year_with_work_left();

        var closed = await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(2026, closed["year"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{64}$", closed.Str("hash"));
        Assert.True(closed["events"]!.GetValue<int>() > 10);
        var old = (await _carla.GetJson("/api/allocation/2026"))["schemes"]!;
        var next = (await _carla.GetJson("/api/allocation/2027"))["schemes"]!;
        Assert.Equal((0, 1, 0), (old[0]!["reserved"]!.GetValue<int>(), old[0]!["consumed"]!.GetValue<int>(), old[0]!["waitlist"]!.GetValue<int>()));
        Assert.Equal((2, 0), (next[0]!["reserved"]!.GetValue<int>(), next[0]!["waitlist"]!.GetValue<int>()));
        Assert.Equal(("0.00", "1250.00", "1750.00"), (old[1].Str("committed"), next[1].Str("committed"), next[1].Str("available")));
        Assert.Equal((2027, "Reserved"), ((await _anna.GetJson($"/api/referrals/{waiting}"))["year"]!.GetValue<int>(), (await _anna.GetJson($"/api/referrals/{waiting}")).Str("status")));
        Assert.Equal(2027, (await _anna.GetJson($"/api/referrals/{reserved}"))["year"]!.GetValue<int>());
        Assert.Equal(("Committed", 2027), ((await _anna.GetJson($"/api/referrals/{money}")).Str("status"), (await _anna.GetJson($"/api/referrals/{money}"))["year"]!.GetValue<int>()));
        var trail = (await _carla.GetJson($"/api/referrals/{reserved}/events"))["items"]!.AsArray();
        Assert.Equal("referral_carried_over", trail[^1].Str("type"));
        Assert.Equal(2026, trail[^1]!["data"]!["fromYear"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_sealed_year_verifies_and_a_change_made_in_the_database_is_found()
    {
        await A_year_with_work_left();
        var closed = await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);

        var verified = await _carla.GetJson("/api/years/2026/verify");
        var target = await App.Database.ScalarAsync<long>(
            "select min(seq_id) from {schema}.mt_events where type = 'funds_committed' and (data->>'year')::int = 2026");
        await App.Database.ScalarAsync<int>(
            $"update {{schema}}.mt_events set data = jsonb_set(data, '{{amount}}', '9999.00') where seq_id = {target}; select 1");
        var tampered = await _carla.GetJson("/api/years/2026/verify");

        Assert.Equal((true, true, closed.Str("hash")), (verified["sealed"]!.GetValue<bool>(), verified["valid"]!.GetValue<bool>(), verified.Str("hash")));
        Assert.False(tampered["valid"]!.GetValue<bool>());
        Assert.Equal(target, tampered["firstDifference"]!["sequence"]!.GetValue<long>());
        Assert.Equal("funds_committed", tampered["firstDifference"].Str("type"));
        Assert.NotEqual(tampered.Str("hash"), tampered.Str("recomputedHash"));
    }

    [Fact]
    public async Task A_removed_event_is_found_too()
    {
        await A_year_with_work_left();
        await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);
        var target = await App.Database.ScalarAsync<long>("select min(seq_id) from {schema}.mt_events where type = 'referral_approved'");

        await App.Database.ScalarAsync<int>($"delete from {{schema}}.mt_events where seq_id = {target}; select 1");
        var verified = await _carla.GetJson("/api/years/2026/verify");

        Assert.False(verified["valid"]!.GetValue<bool>());
        Assert.Equal(target, verified["firstDifference"]!["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_year_with_referrals_still_waiting_for_a_decision_is_not_closed()
    {
        await A_year_with_work_left();
        App.Clock.Reset(LedgerApp.DefaultNow);
        var undecided = await _anna.RequestedReferral(Steps.HoudMeVast("Z-9"));
        App.Clock.Reset(Instant.FromUtc(2027, 1, 12, 9, 0));
        var before = await App.EventCountAsync();

        var problem = await (await _bob.Post("/api/years/2026/close")).ShouldBeProblem(409, "invalid-transition");

        Assert.Equal([undecided], problem["referrals"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(before, await App.EventCountAsync());
    }

    [Fact]
    public async Task After_closing_every_command_touching_the_year_is_refused_as_year_closed()
    {
        var (_, _, completed, _) = await A_year_with_work_left();
        await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);
        var before = await App.EventCountAsync();

        await (await _bob.Put("/api/quotas/houd-me-vast/2026", new { capacity = 12, reason = "Correctie" })).ShouldBeProblem(409, "year-closed");
        await (await _bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "9000.00", reason = "Correctie" })).ShouldBeProblem(409, "year-closed");
        await (await _bob.Post($"/api/referrals/{completed}/close")).ShouldBeProblem(409, "year-closed");

        Assert.Equal(before, await App.EventCountAsync());
        await (await _bob.Put("/api/quotas/houd-me-vast/2027", new { capacity = 12, reason = "Extra" })).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Closing_again_answers_with_the_same_seal()
    {
        await A_year_with_work_left();
        var first = await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);

        var again = await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(first.Str("hash"), again.Str("hash"));
    }

    [Fact]
    public async Task A_year_is_closed_only_when_it_is_over_in_amsterdam()
    {
        var bob = _bob;
        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 22, 59));
        await (await bob.Post("/api/years/2026/close")).ShouldBeProblem(409, "invalid-transition");

        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 23, 0));
        await (await bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Carry_over_that_does_not_fit_next_years_budget_is_refused_and_appends_nothing()
    {
        await A_year_with_work_left();
        await _bob.SetBudget("1000.00", "2027");
        var before = await App.EventCountAsync();

        await (await _bob.Post("/api/years/2026/close")).ShouldBeProblem(409, "budget-exhausted");

        Assert.Equal(before, await App.EventCountAsync());
    }

    [Fact]
    public async Task An_unsealed_year_verifies_as_not_sealed()
    {
        var verified = await _carla.GetJson("/api/years/2026/verify");

        Assert.False(verified["sealed"]!.GetValue<bool>());
    }
}
