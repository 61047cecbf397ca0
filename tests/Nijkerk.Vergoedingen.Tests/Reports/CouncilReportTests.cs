using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Reports;

public class CouncilReportTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task The_council_report_is_printable_dutch_html_with_charts_rendered_on_the_server_and_tables_beside_them()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        App.Clock.Reset(Instant.FromUtc(2026, 1, 15, 9, 0));
        await bob.SetQuota(10);
        await bob.SetBudget("25000.00");
        await anna.ApprovedReferral(bob, Steps.HoudMeVast("Z-1"));
        App.Clock.AdvanceDays(3);
        var money = await anna.RequestedReferral(Steps.BijzondereBijstand("1234.56", "0.00", "Z-2"));
        App.Clock.AdvanceDays(4);
        await bob.Approve(money);
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 9, 0));

        var response = await bob.GetAsync("/reports/2026");
        // Read as a browser shows it; nl-NL puts a no-break space between the euro sign and the amount.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Replace('\u00A0', ' ');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("Raadsinformatiebrief 2026", html);
        Assert.Contains("Plek gereserveerd", html);
        Assert.Contains("€ 1.234,56", html);
        Assert.Contains("€ 25.000,00", html);
        Assert.Contains("10-03-2026", html);
        Assert.Equal(3, html.Split("<svg class=\"chart\"").Length - 1);
        Assert.Contains("<table class=\"utrecht-table", html);
        Assert.Contains("2,0 dagen", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
    }

    [Fact]
    public async Task The_numbers_of_the_report_come_as_csv_and_months_are_amsterdam_months()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        App.Clock.Reset(Instant.FromUtc(2026, 1, 10, 9, 0));
        await bob.SetQuota(10);
        var late = await anna.RequestedReferral(Steps.HoudMeVast("Z-1"));
        App.Clock.Reset(Instant.FromUtc(2026, 1, 31, 23, 30));
        await bob.Approve(late);
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 9, 0));

        var csv = await (await bob.GetAsync("/reports/2026.csv")).Content.ReadAsStringAsync();

        Assert.StartsWith("Section,Subject,Measure,Value", csv);
        Assert.Contains("month,2026-01,slotsInUse,0", csv);
        Assert.Contains("month,2026-02,slotsInUse,1", csv);
        Assert.Contains("year,2026,capacity,10", csv);
        Assert.Contains("outcome,houd-me-vast,Reserved,1", csv);
        Assert.DoesNotContain("2026-04", csv);
    }

    [Fact]
    public async Task A_sealed_year_shows_its_seal_in_the_report()
    {
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(10);
        App.Clock.Reset(Instant.FromUtc(2027, 1, 5, 9, 0));
        var seal = (await (await bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK)).Str("hash");

        var html = WebUtility.HtmlDecode(await (await bob.GetAsync("/reports/2026")).Content.ReadAsStringAsync());

        Assert.Contains(seal, html);
    }
}
