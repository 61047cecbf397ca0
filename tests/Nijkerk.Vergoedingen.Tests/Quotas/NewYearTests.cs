using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

/// <summary>At 1 January 00:00 Europe/Amsterdam the new quota year opens and last year's waitlist moves into it.</summary>
public class NewYearTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task At_midnight_in_amsterdam_the_new_year_opens_once_and_the_waitlist_moves_in_order()
    {
        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 22, 59, 56));
        await using var ledger = new IsolatedLedger(App, new Dictionary<string, string>());
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        await bob.SetQuota(1);
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        var second = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-2"));
        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 22, 59, 59));
        // 23:59:59 on 31 December in Amsterdam is still 2026.
        var third = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-3", 2026));
        Assert.Equal(2, (await anna.GetJson($"/api/referrals/{third}"))["waitlistPosition"]!.GetValue<int>());

        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 23, 0, 1));

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{third}"))["year"]!.GetValue<int>() == 2027, "the waitlist moves to 2027");
        var next = (await anna.GetJson("/api/allocation/2027"))["schemes"]![0]!;
        Assert.Equal((10, 2, 0), (next["capacity"]!.GetValue<int>(), next["reserved"]!.GetValue<int>(), next["waitlist"]!.GetValue<int>()));
        Assert.Equal("Reserved", (await anna.GetJson($"/api/referrals/{second}")).Str("status"));
        Assert.Equal(0, (await anna.GetJson("/api/allocation/2026"))["schemes"]![0]!["waitlist"]!.GetValue<int>());

        var scheduledBefore = await ledger.HandledAsync(nameof(ScheduleNewYear));
        await ledger.RestartAsync();
        // The calendar has asked again after the restart, and every New Year that is due has run.
        await Eventually.Holds(async () => await ledger.HandledAsync(nameof(ScheduleNewYear)) > scheduledBefore
            && await ledger.PendingAsync(nameof(ScheduleNewYear)) == 0
            && await ledger.PendingAsync(nameof(OpenYear)) == await ledger.PendingAsync(nameof(OpenYear), notDueYet: true), "the calendar runs again");
        Assert.Equal(1, await ledger.CountAsync("quota_year_opened", "quota-year/houd-me-vast/2027"));
        Assert.Equal(2, await ledger.CountAsync("referral_carried_over", "quota-year/houd-me-vast/2026"));
    }
}
