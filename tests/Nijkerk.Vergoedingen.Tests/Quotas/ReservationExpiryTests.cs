using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

/// <summary>
/// A reservation not scheduled in time expires, once, through a durable scheduled message. The expiry
/// period is seconds here; the fake clock jumps past it, so the ledger's own clock agrees it is due.
/// </summary>
public class ReservationExpiryTests(LedgerApp app) : LedgerTest(app)
{
    private IsolatedLedger Ledger() => new(App, new Dictionary<string, string> { ["Quotas:ReservationExpiry"] = "00:00:02" });

    [Fact]
    public async Task An_unscheduled_reservation_expires_once_and_its_slot_goes_to_the_first_waiting()
    {
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        await bob.SetQuota(1);
        var first = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        var second = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-2"));

        App.Clock.Advance(Duration.FromHours(1));

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{first}")).Str("status") == "Expired", "the reservation expires");
        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{second}")).Str("status") == "Reserved", "the waiting one gets the slot");
        var trail = (await anna.GetJson($"/api/referrals/{first}/events"))["items"]!.AsArray();
        Assert.Equal(("reservation_expired", "system"), (trail[^1].Str("type"), trail[^1].Str("user")));

        await ledger.RestartAsync();
        App.Clock.Advance(Duration.FromHours(1));
        // Every expiry the ledger still held (the promoted one's among them) has run after the restart.
        await Eventually.Holds(async () => await ledger.PendingAsync(nameof(ExpireReservation)) == 0, "every expiry is handled");
        Assert.Equal(1, await ledger.CountAsync("reservation_expired", first));
    }

    [Fact]
    public async Task Scheduling_in_time_keeps_the_reservation()
    {
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);
        await (await anna.Post($"/api/referrals/{id}/schedule", new { provider = "De Brug", startDate = "2026-04-01" })).ShouldBe(HttpStatusCode.OK);

        App.Clock.Advance(Duration.FromHours(1));
        // The expiry message ran, and found the training scheduled.
        await Eventually.Holds(async () => await ledger.PendingAsync(nameof(ExpireReservation)) == 0, "the expiry is handled");

        Assert.Equal("Scheduled", (await anna.GetJson($"/api/referrals/{id}")).Str("status"));
        Assert.Equal(0, await ledger.CountAsync("reservation_expired"));
    }

    [Fact]
    public async Task An_expiry_due_while_the_app_was_down_happens_once_when_it_is_back()
    {
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);
        await ledger.StopAsync();

        App.Clock.Advance(Duration.FromHours(1));
        // The expiry comes due while nothing runs.
        await Eventually.Holds(async () => await ledger.PendingAsync(nameof(ExpireReservation)) == 1
            && await ledger.PendingAsync(nameof(ExpireReservation), notDueYet: true) == 0, "the expiry is due");
        ledger.Start();

        var consulent = await ledger.SignIn("anna", "consulent");
        await Eventually.Holds(async () => (await consulent.GetJson($"/api/referrals/{id}")).Str("status") == "Expired", "the expiry happens after the restart");
        await Eventually.Holds(async () => await ledger.PendingAsync(nameof(ExpireReservation)) == 0, "the expiry is handled");
        Assert.Equal(1, await ledger.CountAsync("reservation_expired", id));
    }
}
