using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using Xunit.Abstractions;

namespace Nijkerk.Vergoedingen.Tests.Foundation;

/// <summary>
/// Reserving a slot tells Stichting Houd Me Vast, through the outbox, once — also when the foundation
/// fails, is slow, is down, or the ledger restarts in between.
/// </summary>
public class NotificationTests(LedgerApp app, ITestOutputHelper output) : LedgerTest(app)
{
    private static IsolatedLedger Ledger(
        LedgerApp app, FakeFoundation foundation, string redeliveries = "00:00:01", string attemptTimeout = "00:00:01") => new(app, new Dictionary<string, string>
    {
        ["HoudMeVast:Endpoint"] = foundation.Endpoint,
        ["HoudMeVast:AttemptTimeout"] = attemptTimeout,
        ["HoudMeVast:Retries"] = "2",
        ["HoudMeVast:RetryDelay"] = "00:00:00.100",
        ["HoudMeVast:BreakDuration"] = "00:00:03",
        ["HoudMeVast:CircuitMinimumThroughput"] = "2",
        ["HoudMeVast:Redeliveries:0"] = redeliveries,
        ["HoudMeVast:Redeliveries:1"] = redeliveries,
        ["HoudMeVast:Redeliveries:2"] = redeliveries,
        ["HoudMeVast:Redeliveries:3"] = redeliveries,
        ["HoudMeVast:Redeliveries:4"] = redeliveries,
    });

    [Fact]
    public async Task A_reserved_slot_is_sent_to_the_foundation_once_with_case_year_and_slot_and_nothing_more()
    {
        await using var foundation = await FakeFoundation.StartAsync();
        await using var ledger = Ledger(App, foundation);
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");

        var id = await anna.ApprovedReferral(bob);
        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("notification") == "Sent", "the referral shows it was sent");
        var received = Assert.Single(foundation.Accepted);
        Assert.Equal(["caseReference", "idempotencyKey", "municipality", "referralId", "slot", "year"], received.Select(p => p.Key).Order());
        Assert.Equal(("Z-2026-0001", 2026, 1, "nijkerk"),
            (received.Str("caseReference"), received["year"]!.GetValue<int>(), received["slot"]!.GetValue<int>(), received.Str("municipality")));
    }

    [Fact]
    public async Task A_foundation_failing_the_first_calls_or_answering_too_slowly_gets_each_referral_once()
    {
        await using var foundation = await FakeFoundation.StartAsync();
        foundation.FailFirst(2);
        // An attempt timeout and redeliveries roomy enough that a loaded machine's slow answer is not a
        // failure of its own: the circuit opens on the two refusals, not on the machine being busy.
        await using var ledger = Ledger(App, foundation, redeliveries: "00:00:02", attemptTimeout: "00:00:03");
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");

        var failing = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        await Eventually.Holds(() => Task.FromResult(foundation.AcceptedFor(failing) == 1), "the third call gets through", seconds: 60);
        foundation.Delay = TimeSpan.FromSeconds(6);
        var slow = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-2"));
        await Eventually.Holds(() => Task.FromResult(foundation.Attempts >= 4), "a call times out", seconds: 60);
        foundation.Delay = TimeSpan.Zero;

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{slow}")).Str("notification") == "Sent"
                                           && await ledger.PendingAsync("NotifyFoundation") == 0, "the slow one is sent, and nothing is left to send", seconds: 60);
        Assert.Equal((1, 1), (foundation.AcceptedFor(failing), foundation.AcceptedFor(slow) - CountDuplicatesByKey(foundation, slow)));
        Assert.True(foundation.Attempts >= 4);
    }

    [Fact]
    public async Task A_host_stopped_with_notifications_pending_sends_each_exactly_once_after_it_starts_again()
    {
        await using var foundation = await FakeFoundation.StartAsync();
        await foundation.DownAsync();
        await using var ledger = Ledger(App, foundation, redeliveries: "00:00:02");
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add(await anna.ApprovedReferral(bob, Steps.HoudMeVast($"Z-{i}")));
        }
        await ledger.StopAsync();

        await foundation.UpAsync();
        ledger.Start();

        await Eventually.Holds(async () => ids.All(id => foundation.AcceptedFor(id) >= 1) && await ledger.PendingAsync("NotifyFoundation") == 0,
            "every pending notification goes out, and nothing is left to send");
        Assert.All(ids, id => Assert.Equal(1, foundation.AcceptedFor(id)));
        Assert.Equal(3, foundation.Accepted.Count);
        output.WriteLine($"Restart: {ids.Count} notifications pending at the stop; received after the restart: {foundation.Accepted.Count} ({string.Join(", ", ids.Select(foundation.AcceptedFor))} per referral).");
    }

    [Fact]
    public async Task After_a_20_second_outage_every_waiting_notification_arrives_once_within_a_minute_of_recovery()
    {
        // The shipped resilience settings (a 30-s break, redeliveries after 1, 5 and 30 minutes): only a
        // paused queue, not a redelivery, gets the notifications out within a minute of the foundation's return.
        await using var foundation = await FakeFoundation.StartAsync();
        await using var ledger = new IsolatedLedger(App, new Dictionary<string, string> { ["HoudMeVast:Endpoint"] = foundation.Endpoint });
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var before = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-0"));
        await Eventually.Holds(() => Task.FromResult(foundation.AcceptedFor(before) == 1), "the first one goes out while the foundation is up");

        await foundation.DownAsync();
        var outage = System.Diagnostics.Stopwatch.StartNew();
        var ids = new List<string>();
        for (var i = 1; i <= 6; i++)
        {
            ids.Add(await anna.ApprovedReferral(bob, Steps.HoudMeVast($"Z-{i}")));
        }
        // Down for 20 s, and at least until a call failed (the queue takes one at a time, so the others wait untried).
        await Eventually.Holds(async () => outage.Elapsed >= TimeSpan.FromSeconds(20) && await TriedAsync(ledger) > 0,
            "a notification was tried while the foundation was down");
        await foundation.UpAsync();
        var downFor = outage.Elapsed;
        var recovery = System.Diagnostics.Stopwatch.StartNew();

        await Eventually.Holds(async () => (await Task.WhenAll(ids.Select(async id => (await anna.GetJson($"/api/referrals/{id}")).Str("notification"))))
            .All(n => n == "Sent"), "every waiting notification arrives within 60 s of recovery", seconds: 60);
        var arrivedAfter = recovery.Elapsed;
        Assert.All(ids, id => Assert.Equal(1, foundation.AcceptedFor(id)));
        Assert.Equal(ids.Count + 1, foundation.Accepted.Count);
        Assert.Equal(0, await App.Database.ScalarAsync<long>($"select count(*) from {ledger.Schema}.wolverine_dead_letters"));
        output.WriteLine($"Outage of {downFor.TotalSeconds:0.0} s: {ids.Count} notifications waited; all arrived {arrivedAfter.TotalSeconds:0.0} s after recovery, each once.");
    }

    /// <summary>Waiting notifications that failed at least once: Wolverine counts the attempts in its inbox.</summary>
    private Task<long> TriedAsync(IsolatedLedger ledger) => App.Database.ScalarAsync<long>(
        $"select count(*) from {ledger.Schema}.wolverine_incoming_envelopes where message_type like '%NotifyFoundation%' and attempts > 0");

    [Fact]
    public async Task A_notification_that_keeps_failing_is_dead_lettered_shown_as_failed_and_sent_again_on_request()
    {
        await using var foundation = await FakeFoundation.StartAsync();
        foundation.Refusing = true;
        await using var ledger = new IsolatedLedger(App, new Dictionary<string, string>
        {
            ["HoudMeVast:Endpoint"] = foundation.Endpoint,
            ["HoudMeVast:AttemptTimeout"] = "00:00:01",
            ["HoudMeVast:Retries"] = "1",
            ["HoudMeVast:RetryDelay"] = "00:00:00.100",
            ["HoudMeVast:BreakDuration"] = "00:00:01",
            ["HoudMeVast:OutagePatience"] = "00:00:02",
            ["HoudMeVast:Redeliveries:0"] = "00:00:00.500",
        });
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("notification") == "Failed", "the referral shows the failure");
        Assert.Equal(1, await App.Database.ScalarAsync<long>(
            $"select count(*) from {ledger.Schema}.wolverine_dead_letters where message_type like '%NotifyFoundation%'"));

        foundation.Refusing = false;
        // An officer sends it again later, by when the circuit breaker lets a call through again.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await (await anna.Post($"/api/referrals/{id}/notify")).ShouldBeProblem(403, "forbidden");
        var again = await (await bob.Post($"/api/referrals/{id}/notify")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Pending", again.Str("notification"));
        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("notification") == "Sent", "sent on request");
        Assert.Equal(1, foundation.AcceptedFor(id));
    }

    [Fact]
    public async Task A_financial_officer_records_the_foundations_placement_by_hand()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);

        var confirmed = await (await bob.Post($"/api/referrals/{id}/confirmation", new { placementReference = "HMV-2026-07" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("Confirmed", "HMV-2026-07"), (confirmed.Str("notification"), confirmed.Str("placementReference")));
        var last = (await bob.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray()[^1];
        Assert.Equal(("placement_confirmed", "bob"), (last.Str("type"), last.Str("user")));
    }

    private static int CountDuplicatesByKey(FakeFoundation foundation, string referralId) =>
        foundation.Accepted.Where(a => a.Str("referralId") == referralId).GroupBy(a => a.Str("idempotencyKey")).Sum(g => g.Count() - 1);
}
