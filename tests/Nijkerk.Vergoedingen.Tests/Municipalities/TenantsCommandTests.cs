using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Municipalities;

/// <summary><c>tenants list|add</c> does on the command line what the region's admin does through the API.</summary>
public class TenantsCommandTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly Dictionary<string, string> Production = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

    [Fact]
    public async Task A_municipality_added_on_the_command_line_is_listed_and_used_by_the_running_app()
    {
        var added = await AppProcess.RunAsync(App, Production, "tenants", "add", "--slug", "leusden", "--name", "Gemeente Leusden",
            "--iban", "NL91 ABNA 0417 1643 00", "--bic", "ABNANL2A", "--schemes", "bijzondere-bijstand", "--capacity", "6",
            "--reason", "Besluit portefeuillehoudersoverleg", "--user", "rob");
        var listed = await AppProcess.RunAsync(App, Production, "tenants", "list");

        Assert.True(added.ExitCode == 0, added.All);
        Assert.True(listed.ExitCode == 0, listed.All);
        Assert.Contains(listed.Output.Split('\n'), line => line.StartsWith("leusden ") && line.Contains("Gemeente Leusden") && line.Contains("capacity 6"));
        Assert.Contains(listed.Output.Split('\n'), line => line.StartsWith("nijkerk "));
        // Another process added it: this node would read it again once its copy is a few seconds old; the test does not wait for that.
        App.Services.GetRequiredService<Nijkerk.Vergoedingen.Municipalities.MunicipalityDirectory>().Forget();
        var rob = await App.SignIn("rob", "region-admin", tenant: "foodvalley");
        var leusden = (await rob.GetJson("/api/municipalities"))["items"]!.AsArray().Single(m => m.Str("slug") == "leusden")!;
        Assert.Equal(["bijzondere-bijstand"], leusden["schemes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var events = await App.Database.EventsAsync("select type, data::text from {schema}.mt_events where stream_id = 'municipality/leusden'");
        Assert.Contains("\"role\": \"region-admin\"", Assert.Single(events).Data);
    }

    [Fact]
    public async Task An_add_that_breaks_a_rule_says_which_and_adds_nothing()
    {
        var invalid = await AppProcess.RunAsync(App, Production, "tenants", "add", "--slug", "leusden", "--name", "Gemeente Leusden",
            "--iban", "NL00 0000", "--user", "rob");
        var nobody = await AppProcess.RunAsync(App, Production, "tenants", "add", "--slug", "leusden", "--name", "Gemeente Leusden",
            "--iban", "NL91 ABNA 0417 1643 00");

        Assert.NotEqual(0, invalid.ExitCode);
        Assert.Contains("validation", invalid.All);
        Assert.Contains("iban", invalid.All);
        var unknown = await AppProcess.RunAsync(App, Production, "tenants", "add", "--slug", "leusden", "--name", "Gemeente Leusden",
            "--iban", "NL91 ABNA 0417 1643 00", "--schemes", "houd-me-vast,zwemles", "--user", "rob");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("schemes[1] must be one of houd-me-vast, bijzondere-bijstand", unknown.All);
        Assert.NotEqual(0, nobody.ExitCode);
        Assert.Contains("--user", nobody.All);
        Assert.Equal(0, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_streams where id = 'municipality/leusden'"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_doc_municipality where id = 'municipality/leusden'"));
    }
}
