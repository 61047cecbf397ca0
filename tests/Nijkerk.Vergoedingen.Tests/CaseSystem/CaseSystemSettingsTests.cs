using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>Outside Development a zaaksysteem is spoken to over https only, with a secret worth the name.</summary>
public class CaseSystemSettingsTests(LedgerApp app) : LedgerTest(app)
{
    private const string LongSecret = "a-secret-of-at-least-thirty-two-characters";

    [Theory]
    [InlineData("http://zaken.nijkerk.nl/zaken/api/v1/", LongSecret)]
    [InlineData("https://zaken.nijkerk.nl/zaken/api/v1/", "short-secret")]
    [InlineData("https://zaken.nijkerk.nl/api/", LongSecret)]
    public void Outside_development_the_app_refuses_to_start_with_a_zaken_api_it_should_not_trust(string zakenApi, string secret)
    {
        using var host = App.ProductionHost(builder => Configure(builder, zakenApi, secret));

        Assert.Contains("Zgw:Municipalities", host.Refusal());
    }

    [Fact]
    public void Outside_development_an_https_zaken_api_with_a_long_secret_starts()
    {
        using var host = App.ProductionHost(builder => Configure(builder, "https://zaken.nijkerk.nl/zaken/api/v1/", LongSecret));

        Assert.NotNull(host.Server);
    }

    private static void Configure(IWebHostBuilder builder, string zakenApi, string secret)
    {
        builder.UseSetting("Ledger:PublicBaseUrl", "https://vergoedingen.nijkerk.nl");
        builder.UseSetting("Zgw:Municipalities:nijkerk:ZakenApi", zakenApi);
        builder.UseSetting("Zgw:Municipalities:nijkerk:ClientId", "nijkerk-vergoedingen");
        builder.UseSetting("Zgw:Municipalities:nijkerk:Secret", secret);
        builder.UseSetting("Zgw:Municipalities:nijkerk:Rsin", "002220647");
    }
}
