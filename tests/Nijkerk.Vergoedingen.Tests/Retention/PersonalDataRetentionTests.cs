using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Retention;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Tests.Retention;

/// <summary>Seven years after a referral ended, its personal documents are erased by the ledger itself, once.</summary>
public class PersonalDataRetentionTests(LedgerApp app) : LedgerTest(app)
{
    private async Task EraseTonightAsync()
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>()
            .InvokeForTenantAsync("nijkerk", new EraseExpiredPersonalData(Amsterdam(App.Clock.GetCurrentInstant())));
    }

    private static LocalDate Amsterdam(Instant instant) => Nijkerk.Vergoedingen.Common.Amsterdam.DateOf(instant);

    private Task<string> TextAsync(string id, string what = "motivation") =>
        App.Database.ScalarAsync<string>("select data ->> 'text' from {schema}.mt_doc_personaltext where id = @id", ("id", $"{id}/{what}"));

    [Fact]
    public async Task A_referral_ended_more_than_seven_years_ago_has_its_motivation_erased_once_and_a_younger_one_keeps_it()
    {
        var anna = await App.SignIn("anna", "consulent");
        var old = await anna.RequestedReferral(new { caseReference = "Z-2026-0701", scheme = "houd-me-vast", year = 2026, motivation = "Gezin in crisis" });
        await (await anna.Post($"/api/referrals/{old}/withdraw", new { reason = "Niet meer nodig" })).ShouldBe(HttpStatusCode.OK);
        var open = await anna.RequestedReferral(new { caseReference = "Z-2026-0702", scheme = "houd-me-vast", year = 2026, motivation = "Nog in behandeling" });

        App.Clock.Advance(Duration.FromDays(365 * 7));
        await EraseTonightAsync();
        Assert.Equal("Gezin in crisis", await TextAsync(old)); // not yet seven years: 2 leap days short
        Assert.Equal("Niet meer nodig", await TextAsync(old, "withdrawal"));

        App.Clock.Advance(Duration.FromDays(3));
        await EraseTonightAsync();
        await EraseTonightAsync();

        Assert.Equal("[gewist]", await TextAsync(old));
        Assert.Equal("[gewist]", await TextAsync(old, "withdrawal"));
        Assert.Equal("Nog in behandeling", await TextAsync(open));
        Assert.Equal(1, await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_events where type = 'personal_data_erased' and stream_id = @stream", ("stream", $"erasure/retention-{old}")));
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_erased_the_same_night_a_batch_to_a_transaction()
    {
        var anna = await App.SignIn("anna", "consulent");
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            var id = await anna.RequestedReferral(new { caseReference = $"Z-2026-071{i}", scheme = "houd-me-vast", year = 2026, motivation = "Gezin in crisis" });
            await (await anna.Post($"/api/referrals/{id}/withdraw", new { reason = "Niet meer nodig" })).ShouldBe(HttpStatusCode.OK);
            ids.Add(id);
        }
        App.Clock.Advance(Duration.FromDays(365 * 7 + 3));
        await using var node = App.Host("Development", builder => builder.UseSetting("Retention:Batch", "2"));

        using (var scope = node.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeForTenantAsync("nijkerk", new EraseExpiredPersonalData(Amsterdam(App.Clock.GetCurrentInstant())));
        }

        await Eventually.Holds(async () => await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_events where type = 'personal_data_erased'") == 5, "every referral due is erased the same night");
        foreach (var id in ids)
        {
            Assert.Equal("[gewist]", await TextAsync(id));
        }
        // No transaction took more than a batch: the five erasures were written by three of them.
        Assert.Equal((3L, 2L), (
            await App.Database.ScalarAsync<long>("select count(distinct xmin::text) from {schema}.mt_events where type = 'personal_data_erased'"),
            await App.Database.ScalarAsync<long>(
                "select max(n) from (select count(*) as n from {schema}.mt_events where type = 'personal_data_erased' group by xmin::text) t")));
    }

    private async Task ExpireAsync(string referral, Instant reservedAt)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync("nijkerk", new ExpireReservation(referral, reservedAt));
    }

    [Fact]
    public async Task A_reservation_left_to_expire_has_its_motivation_erased_seven_years_after_it_expired()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var expired = await anna.ApprovedReferral(bob, new { caseReference = "Z-2026-0703", scheme = "houd-me-vast", year = 2026, motivation = "Gezin wacht op plek" });
        App.Clock.Advance(Duration.FromDays(57));
        await ExpireAsync(expired, LedgerApp.DefaultNow);
        Assert.Equal("Expired", (await anna.GetJson($"/api/referrals/{expired}")).Str("status"));

        App.Clock.Advance(Duration.FromDays(365 * 7));
        await EraseTonightAsync();
        Assert.Equal("Gezin wacht op plek", await TextAsync(expired)); // not yet seven years: 2 leap days short

        App.Clock.Advance(Duration.FromDays(3));
        await EraseTonightAsync();
        await EraseTonightAsync();

        Assert.Equal("[gewist]", await TextAsync(expired));
        Assert.Equal("Expired", (await anna.GetJson($"/api/referrals/{expired}")).Str("status"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_events where type = 'personal_data_erased' and stream_id = @stream", ("stream", $"erasure/retention-{expired}")));
    }

    [Fact]
    public async Task A_training_completed_and_never_closed_has_its_motivation_erased_seven_years_after_completion()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var completed = await anna.ApprovedReferral(bob, new { caseReference = "Z-2026-0704", scheme = "houd-me-vast", year = 2026, motivation = "Training gevolgd" });
        var scheduled = await anna.ApprovedReferral(bob, new { caseReference = "Z-2026-0705", scheme = "houd-me-vast", year = 2026, motivation = "Training loopt nog" });
        foreach (var id in new[] { completed, scheduled })
        {
            await (await anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-04-01" })).ShouldBe(HttpStatusCode.OK);
        }
        App.Clock.Reset(Instant.FromUtc(2026, 4, 21, 9, 0));
        await (await anna.Post($"/api/referrals/{completed}/complete", new { completedOn = "2026-04-20" })).ShouldBe(HttpStatusCode.OK);

        App.Clock.Advance(Duration.FromDays(365 * 7));
        await EraseTonightAsync();
        Assert.Equal("Training gevolgd", await TextAsync(completed)); // not yet seven years: 2 leap days short

        App.Clock.Advance(Duration.FromDays(3));
        await EraseTonightAsync();

        Assert.Equal("[gewist]", await TextAsync(completed));
        Assert.Equal("Completed", (await anna.GetJson($"/api/referrals/{completed}")).Str("status"));
        Assert.Equal("Training loopt nog", await TextAsync(scheduled));
    }

    [Fact]
    public async Task An_erasure_nobody_confirmed_lapses_seven_years_on_with_its_reason_erased_and_the_case_untouched()
    {
        var anna = await App.SignIn("anna", "consulent");
        var pia = await App.SignIn("pia", "privacy-officer");
        var piet = await App.SignIn("piet", "privacy-officer");
        var referral = await anna.RequestedReferral(new { caseReference = "Z-2026-0706", scheme = "houd-me-vast", year = 2026, motivation = "Nog in behandeling" });
        var asked = await (await pia.Post("/api/cases/Z-2026-0706/erase", new { reason = "Brief van mevrouw De Vries" })).ShouldBe(HttpStatusCode.Accepted);
        var erasure = $"erasure/{asked.Str("id")}";

        App.Clock.Advance(Duration.FromDays(365 * 7));
        await EraseTonightAsync();
        Assert.Equal("Brief van mevrouw De Vries", await TextAsync(erasure, "reason"));

        App.Clock.Advance(Duration.FromDays(3));
        await EraseTonightAsync();
        await EraseTonightAsync();

        Assert.Equal("[gewist]", await TextAsync(erasure, "reason"));
        Assert.Equal("Nog in behandeling", await TextAsync(referral));
        Assert.Equal(1, await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_events where type = 'erasure_request_lapsed' and stream_id = @stream", ("stream", erasure)));
        await (await piet.Post($"/api/cases/Z-2026-0706/erase/{asked.Str("id")}/confirm")).ShouldBeProblem(409, "invalid-transition");
    }
}
