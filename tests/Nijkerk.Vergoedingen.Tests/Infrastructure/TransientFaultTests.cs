using System.Net;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Tests.Support;
using Npgsql;

namespace Nijkerk.Vergoedingen.Tests.Infrastructure;

/// <summary>
/// A transient PostgreSQL fault while a command commits is retried by Wolverine, and the retry has no
/// second effect: the worst case is a commit that succeeded while its answer was lost on the way back.
/// </summary>
public class TransientFaultTests(LedgerApp app) : LedgerTest(app)
{
    /// <summary>Breaks the connection once, right after the first approval has committed.</summary>
    private sealed class LostAnswer : DocumentSessionListenerBase
    {
        public int Faults;

        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) =>
            commit.GetEvents().Any(e => e.Data is ReferralApproved) && Interlocked.Increment(ref Faults) == 1
                ? throw new NpgsqlException("Connection reset while committing", new IOException("connection reset by peer"))
                : Task.CompletedTask;
    }

    /// <summary>Breaks the connection once, before the first request commits anything.</summary>
    private sealed class LostConnection : DocumentSessionListenerBase
    {
        public int Faults;

        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token) =>
            session.PendingChanges.Streams().Any(s => s.Events.Any(e => e.Data is TrainingRequested)) && Interlocked.Increment(ref Faults) == 1
                ? throw new NpgsqlException("Connection reset", new IOException("connection reset by peer"))
                : Task.CompletedTask;
    }

    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_retried_without_a_second_effect_and_answers_as_it_would_have()
    {
        var fault = new LostAnswer();
        await using var host = App.Host("Development", b => b.ConfigureTestServices(s => s.ConfigureMarten(o => o.Listeners.Add(fault))));
        var anna = await host.SignIn("anna", "consulent");
        var bob = await host.SignIn("bob", "financial-officer");
        var id = await anna.RequestedReferral();

        var approved = await (await bob.Post($"/api/referrals/{id}/approve", new { reason = "Toegekend" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(1, fault.Faults);
        Assert.Equal("Reserved", approved.Str("status"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where type = 'referral_approved'"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where type = 'slot_reserved' and stream_id like 'quota-year/%'"));
    }

    [Fact]
    public async Task A_connection_lost_before_the_commit_is_retried_and_the_work_done_once()
    {
        var fault = new LostConnection();
        await using var host = App.Host("Development", b => b.ConfigureTestServices(s => s.ConfigureMarten(o => o.Listeners.Add(fault))));
        var anna = await host.SignIn("anna", "consulent");

        await (await anna.Post("/api/referrals", Steps.HoudMeVast())).ShouldBe(HttpStatusCode.Created);

        Assert.True(fault.Faults >= 2);
        Assert.Equal(1, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where type = 'training_requested'"));
    }
}
