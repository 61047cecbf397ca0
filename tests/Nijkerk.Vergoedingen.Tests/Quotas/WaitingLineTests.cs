using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Tests.Support;
using Npgsql;

namespace Nijkerk.Vergoedingen.Tests.Quotas;

/// <summary>The waitlist lives in the event log, not in the year's snapshot: the snapshot stays small, the line keeps its order.</summary>
public class WaitingLineTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task A_years_snapshot_stays_the_same_size_however_long_its_waitlist_grows_and_the_line_keeps_its_order()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(1);
        var reserved = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-2026-0000"));
        var waiting = new List<string>();
        async Task Waitlist(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var id = await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-{waiting.Count + 1:D4}"));
                var approved = await bob.Approve(id);
                Assert.Equal(("Waitlisted", waiting.Count + 1), (approved.Str("status"), approved["waitlistPosition"]!.GetValue<int>()));
                waiting.Add(id);
            }
        }

        await Waitlist(5);
        var few = await SnapshotBytes();
        await Waitlist(40);
        var many = await SnapshotBytes();

        // Only the digits of the counts grow; a line of 40 more ids would add some 1,500 bytes.
        Assert.InRange(many - few, 0, 16);
        await (await anna.Post($"/api/referrals/{reserved}/withdraw", new { reason = "Verhuisd" })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Reserved", (await anna.GetJson($"/api/referrals/{waiting[0]}")).Str("status"));
        await (await anna.Post($"/api/referrals/{waiting[2]}/withdraw", new { reason = "Verhuisd" })).ShouldBe(HttpStatusCode.OK);
        var positions = await Task.WhenAll(new[] { waiting[1], waiting[3], waiting[4] }.Select(async id =>
            (await anna.GetJson($"/api/referrals/{id}"))["waitlistPosition"]!.GetValue<int>()));
        Assert.Equal([1, 2, 3], positions);
        var line = (await bob.GetJson("/api/referrals?year=2026&scheme=houd-me-vast&status=Waitlisted&pageSize=100"))["items"]!.AsArray();
        Assert.Equal([.. waiting.Skip(1).Where(id => id != waiting[2])], line.OrderBy(r => r!["waitlistPosition"]!.GetValue<int>()).Select(r => r.Str("id")));
        var allocation = (await bob.GetJson("/api/allocation/2026"))["schemes"]![0]!;
        Assert.Equal((1, 43), (allocation["reserved"]!.GetValue<int>(), allocation["waitlist"]!.GetValue<int>()));
    }

    private async Task<int> SnapshotBytes()
    {
        var store = App.Services.GetRequiredService<IDocumentStore>();
        var table = store.Options.FindOrResolveDocumentType(typeof(QuotaYear)).TableName.QualifiedName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select pg_column_size(data) from {table} where tenant_id = 'nijkerk' and id = 'quota-year/houd-me-vast/2026'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
