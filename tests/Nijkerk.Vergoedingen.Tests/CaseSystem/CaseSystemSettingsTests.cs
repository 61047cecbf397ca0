using Microsoft.AspNetCore.Hosting;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>Outside Development a zaaksysteem is spoken to over https only, with a secret worth the name, and status types of real states.</summary>
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

    [Theory]
    [InlineData("Reservd", "https://catalogi.nijkerk.nl/catalogi/api/v1/statustypen/3")]
    [InlineData("Reserved", "statustypen/3")]
    public void A_status_type_for_no_referral_state_or_without_an_address_keeps_the_app_from_starting(string state, string statusType)
    {
        using var host = App.ProductionHost(builder =>
        {
            Configure(builder, "https://zaken.nijkerk.nl/zaken/api/v1/", LongSecret);
            builder.UseSetting($"Zgw:Municipalities:nijkerk:StatusTypes:{state}", statusType);
        });

        Assert.Contains("Zgw:Municipalities", host.Refusal());
    }

    [Fact]
    public void Outside_development_an_https_zaken_api_with_a_long_secret_starts()
    {
        using var host = App.ProductionHost(builder =>
        {
            Configure(builder, "https://zaken.nijkerk.nl/zaken/api/v1/", LongSecret);
            builder.UseSetting("Zgw:Municipalities:nijkerk:StatusTypes:Reserved", "https://catalogi.nijkerk.nl/catalogi/api/v1/statustypen/3");
        });

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
