using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Reports;
using Nijkerk.Vergoedingen.Tests.Support;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// A CSV opened in a spreadsheet must not run what a client wrote: a cell that starts with = + - @, a tab
/// or a carriage return is escaped with a leading apostrophe in every export.
/// </summary>
public class ExportTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly string[] Formulas = ["=HYPERLINK(\"http://example.org\",\"klik\")", "+31 6 12345678", "-2+3", "@SUM(A1:A9)"];

    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r'];

    private static List<string[]> Rows(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }
        return rows;
    }

    private static void ShouldHoldNoFormula(string csv)
    {
        var cells = Rows(csv).SelectMany(r => r).ToList();
        Assert.All(cells, c => Assert.False(c.Length > 0 && Dangerous.Contains(c[0]), $"A cell starts with a formula character: {c}"));
        Assert.All(Formulas, f => Assert.Contains("'" + f, cells));
    }

    /// <summary>Four referrals, each refused or withdrawn with a reason that a spreadsheet would run.</summary>
    private async Task<IReadOnlyList<string>> ReferralsWithFormulaReasons()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var ids = new List<string>();
        for (var i = 0; i < Formulas.Length; i++)
        {
            var id = await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-000{i}"));
            await (await bob.Post($"/api/referrals/{id}/reject", new { reason = Formulas[i] })).ShouldBe(HttpStatusCode.OK);
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>A year whose quota was changed four times, each with a reason a spreadsheet would run (the year's trail shows such reasons; typed reasons of referrals only as digests).</summary>
    private async Task YearWithFormulaReasons()
    {
        var bob = await App.SignIn("bob", "financial-officer");
        for (var i = 0; i < Formulas.Length; i++)
        {
            await (await bob.Put("/api/quotas/houd-me-vast/2026", new { capacity = 10 + i, reason = Formulas[i] })).ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task The_year_trail_as_csv_escapes_cells_that_would_run_as_formulas()
    {
        await YearWithFormulaReasons();
        var carla = await App.SignIn("carla", "controller");
        var negotiated = new HttpRequestMessage(HttpMethod.Get, "/api/years/2026/events");
        negotiated.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        ShouldHoldNoFormula(await (await carla.SendAsync(negotiated)).Content.ReadAsStringAsync());
        ShouldHoldNoFormula(await carla.GetStringAsync("/api/years/2026/events.csv"));
    }

    [Fact]
    public async Task The_referral_trail_as_csv_escapes_a_reason_that_would_run_as_a_formula()
    {
        var ids = await ReferralsWithFormulaReasons();
        var carla = await App.SignIn("carla", "controller");

        for (var i = 0; i < ids.Count; i++)
        {
            var negotiated = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{ids[i]}/events");
            negotiated.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            foreach (var csv in new[] { await (await carla.SendAsync(negotiated)).Content.ReadAsStringAsync(), await carla.GetStringAsync($"/api/referrals/{ids[i]}/events.csv") })
            {
                var reasons = Rows(csv).Skip(1).Select(r => r[7]).Where(r => r.Length > 0).ToList();
                Assert.Equal(["'" + Formulas[i]], reasons);
            }
        }
    }

    [Fact]
    public async Task The_trail_downloaded_from_the_controllers_screen_escapes_formulas()
    {
        await YearWithFormulaReasons();
        var carla = await ScreenClient.SignInAs(App, "carla");

        var download = await carla.GetAsync("/controle/2026/audittrail?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        ShouldHoldNoFormula(await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_council_report_csv_escapes_a_cell_that_would_run_as_a_formula()
    {
        var data = new CouncilReportData(2026, "Gemeente Nijkerk", 10, 0m, [new OutcomeCount("=cmd|' /C calc'!A0", ReferralStatus.Rejected, 1)], [],
            null, null, LedgerApp.DefaultNow);

        var rows = Rows(System.Text.Encoding.UTF8.GetString(CouncilReportEndpoint.Csv(data)));

        Assert.Contains(rows, r => r[0] == "outcome" && r[1] == "'=cmd|' /C calc'!A0");
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@A1")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Every_csv_the_app_writes_escapes_each_formula_character(string cell)
    {
        var rows = Rows(System.Text.Encoding.UTF8.GetString(CsvExport.Write([new { Cell = cell }])));

        Assert.Equal("'" + cell, rows[1][0]);
    }

    [Fact]
    public void A_plain_cell_is_written_as_it_is()
    {
        var rows = Rows(System.Text.Encoding.UTF8.GetString(CsvExport.Write([new { Cell = "Z-2026-0001", Amount = "1250.00" }])));

        Assert.Equal(["Z-2026-0001", "1250.00"], rows[1]);
    }
}
