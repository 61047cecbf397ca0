using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Audit;

/// <summary>Invariant 7: every read model equals its rebuild from the events.</summary>
public class ProjectionVerifierTests(LedgerApp app) : LedgerTest(app)
{
    private Task SomeLedger() => SomeLedger(App);

    /// <summary>Every read model with something in it: quota and budget years, referrals in several states, a provider, a claim, a payment batch.</summary>
    internal static async Task SomeLedger(LedgerApp app)
    {
        var anna = await app.SignIn("anna", "consulent");
        var bob = await app.SignIn("bob", "financial-officer");
        var carla = await app.SignIn("carla", "financial-officer");
        var provider = await (await app.SignIn("ad", "admin")).RegisteredProvider();
        await bob.SetQuota(1);
        await bob.SetBudget("5000.00");
        var first = await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-2"));
        await anna.Post($"/api/referrals/{first}/withdraw", new { reason = "Afgezegd" });
        var money = await anna.CommittedReferral(bob, "1000.00", "Z-3");
        var claim = await anna.RecordedClaim(money, provider, "400.00");
        await carla.ApproveClaim(money, claim);
        await bob.Post("/api/payment-batches");
    }

    [Fact]
    public async Task Every_read_model_equals_its_rebuild_from_the_events()
    {
        await SomeLedger();

        var differences = await App.Services.GetRequiredService<ProjectionVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Empty(differences);
    }

    [Fact]
    public async Task A_read_model_changed_behind_the_ledgers_back_is_reported()
    {
        await SomeLedger();
        await App.Database.ScalarAsync<int>(
            "update {schema}.mt_doc_budgetyear set data = jsonb_set(data, '{committed}', '1.00'); delete from {schema}.mt_doc_provider; " +
            "update {schema}.mt_doc_personaltext set data = jsonb_set(data, '{text}', '\"Anders\"') where id like '%/withdrawal'; select 1");

        var differences = await App.Services.GetRequiredService<ProjectionVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Contains(differences, d => (d.Document, d.Kind) == ("BudgetYear", "different") && d.Stored!.Contains("\"committed\":1.00"));
        Assert.Contains(differences, d => (d.Document, d.Kind) == ("Provider", "missing"));
        // A typed text changed behind the ledger's back no longer matches the digest its event keeps.
        Assert.Contains(differences, d => (d.Document, d.Kind) == ("PersonalText", "different") && d.Id.EndsWith("/withdrawal"));
        Assert.DoesNotContain(differences, d => d.Document == "PersonalText" && !d.Id.EndsWith("/withdrawal"));
    }

    [Fact]
    public async Task The_verify_projections_command_runs_from_the_command_line()
    {
        await SomeLedger();
        // As operations run it on a production node.
        var result = await AppProcess.RunAsync(App, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "verify-projections");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Every read model equals its rebuild from the events.", result.Output);
    }
}
