using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Audit;

/// <summary>rebuild-read-models: every read model from the events in one pass, exactly as the inline projections wrote it.</summary>
public class ReadModelRebuildTests(LedgerApp app) : LedgerTest(app)
{
    /// <summary>Every row of the read models' tables but its time of writing: tenant, id, version, type and document.</summary>
    internal static Task<string> ReadModelRows(LedgerDatabase database) => database.ScalarAsync<string>(
        "select string_agg(concat_ws(' ', t, tenant_id, id, mt_version, mt_dotnet_type, data::text), E'\\n' order by t, tenant_id, id) from (" +
        string.Join(" union all ", new[] { "referral", "quotayear", "budgetyear", "municipality", "provider", "paymentbatch", "erasure" }
            .Select(t => $"select '{t}' as t, tenant_id, id, mt_version, mt_dotnet_type, data from {{schema}}.mt_doc_{t}")) + ") rows");

    [Fact]
    public async Task Every_read_model_is_written_again_as_the_inline_projections_wrote_it()
    {
        await ProjectionVerifierTests.SomeLedger(App);
        var written = await ReadModelRows(App.Database);
        // Damaged behind the ledger's back: a figure changed, a document gone, one that no event made.
        await App.Database.ScalarAsync<int>(
            "update {schema}.mt_doc_budgetyear set data = jsonb_set(data, '{committed}', '1.00'), mt_version = 1; delete from {schema}.mt_doc_provider; " +
            "insert into {schema}.mt_doc_referral (tenant_id, id, data, mt_dotnet_type, mt_version) values ('nijkerk', 'R-none', '{}', 'x', 1); select 1");

        var result = await new ReadModelRebuild(App.Services.GetRequiredService<IDocumentStore>()).RunAsync(CancellationToken.None);

        Assert.Equal(written, await ReadModelRows(App.Database));
        Assert.Empty(await App.Services.GetRequiredService<ProjectionVerifier>().VerifyAsync(CancellationToken.None));
        Assert.Equal(3, result.Documents["ReferralView"]);
        Assert.Equal(1, result.Documents["Provider"]);
        Assert.Equal(1, result.Documents["PaymentBatch"]);
        Assert.True(result.Events > 20, $"{result.Events} events");
    }

    [Fact]
    public async Task Municipalities_whose_years_share_a_stream_key_keep_their_own_year()
    {
        // Read in one pass, the events of both municipalities interleave: each year's stream key is the same in both.
        foreach (var (tenant, budget, committed) in new[] { ("nijkerk", "5000.00", "1000.00"), ("ede", "7000.00", "300.00") })
        {
            var officer = await App.SignIn("bob", "financial-officer", tenant);
            await officer.SetBudget(budget);
            await (await App.SignIn("anna", "consulent", tenant)).CommittedReferral(officer, committed, $"Z-{tenant}");
        }
        var written = await ReadModelRows(App.Database);
        await App.Database.ScalarAsync<int>("update {schema}.mt_doc_budgetyear set data = jsonb_set(data, '{committed}', '1.00'); select 1");

        await new ReadModelRebuild(App.Services.GetRequiredService<IDocumentStore>()).RunAsync(CancellationToken.None);

        Assert.Equal(written, await ReadModelRows(App.Database));
        Assert.Equal(["ede 300.00", "nijkerk 1000.00"], (await App.Database.ScalarAsync<string>(
            "select string_agg(tenant_id || ' ' || (data->>'committed')::numeric(12,2), ',' order by tenant_id) from {schema}.mt_doc_budgetyear")).Split(','));
    }

    [Fact]
    public async Task It_rebuilds_what_Marten_keeps_and_its_indexes_as_they_were()
    {
        await ProjectionVerifierTests.SomeLedger(App);
        const string indexes = "select string_agg(indexdef, E'\\n' order by indexname) from pg_indexes where schemaname = '{schema}' and tablename like 'mt_doc_%'";
        var before = await App.Database.ScalarAsync<string>(indexes);

        var rebuild = new ReadModelRebuild(App.Services.GetRequiredService<IDocumentStore>());
        await rebuild.RunAsync(CancellationToken.None);

        // Inline snapshots of the quota and budget years, referrals' views, municipalities, providers, batches, erasures, bank
        // statements, the mandate register and the schemes' accounts.
        Assert.Equal(
            ["BankStatement", "BudgetYear", "Erasure", "MandateRegister", "Municipality", "PaymentBatch", "Provider", "QuotaYear", "ReferralView", "SchemeAccounts"],
            rebuild.DocumentTypes.Select(t => t.Name).Order());
        Assert.Equal(before, await App.Database.ScalarAsync<string>(indexes));
    }

    [Fact]
    public async Task The_rebuild_read_models_command_runs_from_the_command_line()
    {
        await ProjectionVerifierTests.SomeLedger(App);
        var written = await ReadModelRows(App.Database);
        await App.Database.ScalarAsync<int>("delete from {schema}.mt_doc_referral; select 1");

        // As operations run it on a production node.
        var result = await AppProcess.RunAsync(App, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "rebuild-read-models");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("3 ReferralView", result.Output);
        Assert.Equal(written, await ReadModelRows(App.Database));
    }
}
