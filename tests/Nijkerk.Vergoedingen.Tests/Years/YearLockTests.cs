using System.Net;
using Npgsql;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Years;

/// <summary>
/// A year's stream is locked only by a command that moves its slots or euros: while one approval holds it,
/// rejecting, scheduling or claiming for another referral of that year goes ahead, and only a second
/// approval waits its turn.
/// </summary>
public class YearLockTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Commands_that_leave_the_year_alone_go_ahead_while_its_stream_is_locked_and_an_approval_waits()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        var reserved = await anna.ApprovedReferral(bob);
        var requested = await anna.RequestedReferral();
        var waiting = await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0003"));

        await using var holder = new NpgsqlConnection(App.Database.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockYear = new NpgsqlCommand($"select id from {App.Database.Schema}.mt_streams where id = 'quota-year/houd-me-vast/2026' for update", holder, transaction))
        {
            Assert.NotNull(await lockYear.ExecuteScalarAsync());
        }

        var scheduled = await anna.Post($"/api/referrals/{reserved}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-04-01" }).WaitAsync(Bound);
        var rejected = await bob.Post($"/api/referrals/{requested}/reject", new { reason = "Geen uitzonderlijk geval" }).WaitAsync(Bound);
        await scheduled.ShouldBe(HttpStatusCode.OK);
        await rejected.ShouldBe(HttpStatusCode.OK);

        var approval = bob.Post($"/api/referrals/{waiting}/approve", new { reason = "Toegekend" });
        await WaitUntilAStatementWaitsForTheYear();
        Assert.False(approval.IsCompleted);
        await transaction.RollbackAsync();
        var approved = await (await approval.WaitAsync(Bound)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Reserved", approved.Str("status"));
    }

    private async Task WaitUntilAStatementWaitsForTheYear()
    {
        var until = DateTime.UtcNow + Bound;
        while (await App.Database.ScalarAsync<long>(
            "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like @streams",
            ("streams", $"%{App.Database.Schema}.mt_streams%")) == 0)
        {
            Assert.True(DateTime.UtcNow < until, "No statement came to wait for the year's stream.");
            await Task.Delay(50);
        }
    }
}
