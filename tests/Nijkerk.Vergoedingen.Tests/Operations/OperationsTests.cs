using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Operations;

public class OperationsTests(LedgerApp app) : LedgerTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_answers_without_a_token(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_while_the_event_store_is_missing()
    {
        var schema = $"gone_{Guid.NewGuid():N}"[..16];
        await using var host = App.Host("Development", b => b.UseSetting("Ledger:Schema", schema));
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await App.Database.ScalarAsync<int>($"alter table {schema}.mt_events rename to mt_events_away; select 1");
        var ready = await client.GetAsync("/health/ready");
        await App.Database.ScalarAsync<int>($"drop schema {schema} cascade; select 1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var document = await App.Anonymous().GetJson("/openapi/v1.json");

        Assert.NotNull(document["paths"]!["/api/referrals/{id}/approve"]);
        Assert.NotNull(document["paths"]!["/api/allocation/{year}"]);
    }
}
