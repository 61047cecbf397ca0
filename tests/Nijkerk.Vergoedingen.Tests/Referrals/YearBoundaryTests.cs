using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

/// <summary>Years are Amsterdam years: 23:30 UTC on 31 December is already 00:30 on 1 January there.</summary>
public class YearBoundaryTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task At_half_past_eleven_UTC_on_new_years_eve_the_current_year_is_already_the_next()
    {
        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 23, 30));
        var anna = await App.SignIn("anna", "consulent");

        var forOldYear = await anna.Post("/api/referrals", Steps.HoudMeVast("Z-1", 2026));
        var forNewYear = await anna.Post("/api/referrals", Steps.HoudMeVast("Z-2", 2027));

        var problem = await forOldYear.ShouldBeProblem(400, "validation");
        Assert.Contains("2027", problem["errors"]!["year"]![0]!.GetValue<string>());
        await forNewYear.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task At_a_quarter_to_eleven_UTC_on_new_years_eve_it_is_still_the_old_year()
    {
        App.Clock.Reset(Instant.FromUtc(2026, 12, 31, 22, 45));
        var anna = await App.SignIn("anna", "consulent");

        await (await anna.Post("/api/referrals", Steps.HoudMeVast("Z-1", 2026))).ShouldBe(HttpStatusCode.Created);
    }
}
