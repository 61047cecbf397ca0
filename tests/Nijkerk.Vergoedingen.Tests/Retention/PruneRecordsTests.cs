using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Retention;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Tests.Retention;

/// <summary>What is kept only for retries goes after <c>Retention:Records</c> (30 days), every night.</summary>
public class PruneRecordsTests(LedgerApp app) : LedgerTest(app)
{
    private Task<long> RecordsAsync() => App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_doc_idempotencyrecord");

    private static async Task<string> RequestedOnceAsync(HttpClient consulent, string key, string caseReference)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Steps.HoudMeVast(caseReference)) };
        request.Headers.Add("Idempotency-Key", key);
        return (await (await consulent.SendAsync(request)).ShouldBe(HttpStatusCode.Created)).Str("id");
    }

    [Fact]
    public async Task Records_older_than_thirty_days_are_pruned_the_younger_kept_and_the_next_night_is_scheduled()
    {
        var anna = await App.SignIn("anna", "consulent");
        var old = await RequestedOnceAsync(anna, "key-old", "Z-2026-0401");
        App.Clock.Advance(Duration.FromDays(20));
        var young = await RequestedOnceAsync(anna, "key-young", "Z-2026-0402");
        App.Clock.Advance(Duration.FromDays(15));
        Assert.Equal(2, await RecordsAsync());

        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new PruneRecords(new LocalDate(2026, 4, 6)));
        }

        Assert.Equal(1, await RecordsAsync());
        // The younger key still answers as before; the older one is a new request now.
        Assert.Equal(young, await RequestedOnceAsync(anna, "key-young", "Z-2026-0402"));
        Assert.NotEqual(old, await RequestedOnceAsync(anna, "key-old", "Z-2026-0401"));
        await Eventually.Holds(async () => await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_doc_retentionscheduled where id = 'retention/2026-04-07'") == 1, "the next night's pruning is scheduled");
    }
}
