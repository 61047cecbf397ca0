using System.Net;
using Npgsql;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// What the command line prints lands in terminals, CI logs and tickets: it never holds a password, key,
/// client secret, webhook secret or token, nor the personal data in read models.
/// </summary>
public class OperationsOutputTests(LedgerApp app) : LedgerTest(app)
{
    private const string SigningKey = "signing-key-that-must-stay-out-of-sight-0001";

    /// <summary>Every kind of secret this app is configured with, each with a value to look for in the output.</summary>
    private static readonly Dictionary<string, string> SecretSettings = new()
    {
        ["Auth__SigningKey"] = SigningKey,
        ["Auth__Oidc__ClientSecret"] = "oidc-client-secret-value-0002",
        // "webhook-secret-value-0003", as the foundation's secrets are written.
        ["HoudMeVast__Municipalities__nijkerk__WebhookSecret"] = "whsec_d2ViaG9vay1zZWNyZXQtdmFsdWUtMDAwMw==",
        ["HoudMeVast__ApiKey"] = "foundation-api-key-value-0004",
        ["Bank__AccessToken"] = "bank-access-token-value-0005",
        ["Smtp__Password"] = "smtp-password-value-0006",
        ["Export__Url"] = "https://export:url-password-0007@example.org/in",
    };

    private IEnumerable<string> Secrets
    {
        get
        {
            var database = new NpgsqlConnectionStringBuilder(App.Database.ConnectionString);
            var password = database.Password ?? "";
            // A local cluster's password may be a word like its user's name, which the output shows anyway.
            var plain = password.Length >= 8 && password != database.Username && password != database.Database;
            return
            [
                .. SecretSettings.Values.Where(v => !v.StartsWith("https://", StringComparison.Ordinal)),
                "url-password-0007",
                .. password.Length > 0 ? new[] { $"Password={password}" } : [],
                .. plain ? new[] { password } : [],
            ];
        }
    }

    private static Dictionary<string, string> In(string environment) =>
        new(SecretSettings) { ["ASPNETCORE_ENVIRONMENT"] = environment, ["DOTNET_ENVIRONMENT"] = environment };

    private void ShouldHoldNoSecret(AppProcess.Result result)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(result.All.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The output shows a secret ({secret[..4]}…)");
        }
    }

    [Fact]
    public async Task Describe_in_development_shows_the_settings_with_every_secret_masked()
    {
        var result = await AppProcess.RunAsync(App, In("Development"), "describe");

        Assert.True(result.ExitCode == 0, result.All);
        ShouldHoldNoSecret(result);
        Assert.Contains("Auth:SigningKey = ***", result.Output);
        Assert.Contains("Auth:Oidc:ClientSecret = ***", result.Output);
        Assert.Contains("HoudMeVast:Municipalities:nijkerk:WebhookSecret = ***", result.Output);
        Assert.Contains("Export:Url = https://export:***@example.org/in", result.Output);
        Assert.Matches("ConnectionStrings:Ledger = .*Password=\\*\\*\\*", result.Output);
        Assert.Contains($"Ledger:Schema = {App.Database.Schema}", result.Output);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Describe_outside_development_refuses_in_one_line_and_shows_nothing(string environment)
    {
        var result = await AppProcess.RunAsync(App, In(environment), "describe");

        Assert.NotEqual(0, result.ExitCode);
        ShouldHoldNoSecret(result);
        Assert.Equal($"describe runs in Development only: it shows the configuration, and this is {environment}.", result.Errors.Trim());
        Assert.DoesNotContain("Auth:", result.Output);
    }

    [Fact]
    public async Task Verify_projections_names_the_documents_and_fields_that_differ_but_not_their_values()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("5000.00");
        var provider = await (await App.SignIn("ad", "admin")).RegisteredProvider("Praktijk Van Dijk", "NL91 ABNA 0417 1643 00");
        var referral = await anna.CommittedReferral(bob, "600.00", "Z-2026-4711");
        await (await anna.Post($"/api/referrals/{referral}/claims", new { invoiceNumber = "F-1", amount = "100.00", payee = provider })).ShouldBe(HttpStatusCode.Created);
        await App.Database.ScalarAsync<int>(
            "update {schema}.mt_doc_provider set data = jsonb_set(jsonb_set(data, '{name}', '\"Praktijk Jansen\"'), '{iban}', '\"NL02ABNA0123456789\"'); " +
            "update {schema}.mt_doc_referral set data = jsonb_set(data, '{caseReference}', '\"Z-2026-9999\"'); select 1");

        var result = await AppProcess.RunAsync(App, In("Production"), "verify-projections");

        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains($"different: Provider {provider} (tenant nijkerk): iban, name", result.Output);
        Assert.Contains($"different: Referral {referral} (tenant nijkerk): caseReference", result.Output);
        foreach (var personal in new[] { "Van Dijk", "Jansen", "NL91ABNA0417164300", "NL02ABNA0123456789", "Z-2026-4711", "Z-2026-9999" })
        {
            Assert.DoesNotContain(personal, result.All);
        }
        ShouldHoldNoSecret(result);
    }

    [Theory]
    [InlineData("Auth:SigningKey", "abc", "***")]
    [InlineData("HoudMeVast:WebhookSecret", "abc", "***")]
    [InlineData("Bank:AccessToken", "abc", "***")]
    [InlineData("ConnectionStrings:Ledger", "Host=db;Username=ledger;Password=s3cr3t;Port=5432", "Host=db;Username=ledger;Password=***;Port=5432")]
    [InlineData("ConnectionStrings:Other", "Server=db;User Id=u;Pwd=\"a;b\"", "Server=db;User Id=u;Pwd=***")]
    [InlineData("Export:Url", "amqp://user:pa55@broker:5672/vhost", "amqp://user:***@broker:5672/vhost")]
    [InlineData("Ledger:Schema", "ledger", "ledger")]
    [InlineData("PWD", "/srv/app", "/srv/app")]
    public void A_setting_is_shown_with_its_secret_masked(string key, string value, string shown)
    {
        Assert.Equal(shown, Vergoedingen.Operations.Secrets.Redact(key, value));
    }
}
