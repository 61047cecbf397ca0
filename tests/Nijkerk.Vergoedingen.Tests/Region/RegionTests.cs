using System.Net;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Region;

/// <summary>The regional controller sees every municipality side by side: aggregates only, never a case, and changes nothing.</summary>
public class RegionTests(LedgerApp app) : LedgerTest(app)
{
    private const string Case = "Z-2026-0901";

    private async Task<string> TwoMunicipalitiesAtWorkAsync()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(5);
        await bob.SetBudget("20000.00");
        var id = await anna.RequestedReferral(Steps.HoudMeVast(Case));
        var money = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00", "Z-2026-0902"));
        App.Clock.Advance(Duration.FromDays(3));
        await bob.Approve(id);
        await bob.Approve(money);
        var edeConsulent = await App.SignIn("els", "consulent", tenant: "ede");
        var edeOfficer = await App.SignIn("erik", "financial-officer", tenant: "ede");
        await edeConsulent.ApprovedReferral(edeOfficer, Steps.HoudMeVast("Z-2026-0903"));
        return id;
    }

    [Fact]
    public async Task The_regional_controller_reads_every_municipality_side_by_side_and_never_a_case()
    {
        var id = await TwoMunicipalitiesAtWorkAsync();
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");

        var region = await ria.GetJson("/api/region/allocation/2026");

        var municipalities = region["municipalities"]!.AsArray();
        Assert.Equal(8, municipalities.Count);
        var nijkerk = municipalities.Single(m => m.Str("municipality") == "nijkerk")!;
        Assert.Equal("Gemeente Nijkerk", nijkerk.Str("name"));
        Assert.Equal((5, 1, 4), Quota(nijkerk, "capacity", "reserved", "available"));
        var budget = nijkerk["schemes"]!.AsArray().Single(s => s.Str("kind") == "budget")!;
        Assert.Equal(("20000.00", "1250.00", "18750.00"), (budget.Str("budget"), budget.Str("committed"), budget.Str("available")));
        // Two decisions: an average of them would be these two households' timelines.
        Assert.Null(nijkerk["averageDaysToDecision"]);
        var ede = municipalities.Single(m => m.Str("municipality") == "ede")!;
        Assert.Equal((10, 1, 9), Quota(ede, "capacity", "reserved", "available"));
        Assert.Null(municipalities.Single(m => m.Str("municipality") == "wageningen")!["averageDaysToDecision"]);
        var text = region.ToJsonString();
        foreach (var secret in new[] { Case, "Z-2026-0902", "Z-2026-0903", id, "anna", "bob", "els", "motivation" })
        {
            Assert.DoesNotContain(secret, text);
        }
    }

    [Fact]
    public async Task The_regional_controller_reads_no_municipality_and_writes_nothing()
    {
        var id = await TwoMunicipalitiesAtWorkAsync();
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");
        var riaOfNijkerk = await App.SignIn("ria", "regional-controller");
        var carla = await App.SignIn("carla", "controller");
        var before = await App.SnapshotAsync();

        foreach (var (method, url) in new[]
        {
            ("GET", $"/api/referrals/{id}"), ("GET", "/api/referrals"), ("GET", "/api/allocation/2026"), ("GET", "/reports/2026"),
            ("GET", $"/api/referrals/{id}/events"), ("GET", "/api/years/2026/events"), ("GET", $"/api/cases/{Case}/export"),
            ("POST", "/api/referrals"), ("PUT", "/api/quotas/houd-me-vast/2026"), ("POST", $"/api/referrals/{id}/approve"),
            ("POST", "/api/municipalities"), ("PUT", "/api/municipalities/nijkerk"),
        })
        {
            await (await ria.Send(new HttpMethod(method), url, new { reason = "x", capacity = 1 })).ShouldBeProblem(403, "forbidden");
        }
        await (await riaOfNijkerk.GetAsync("/api/region/allocation/2026")).ShouldBeProblem(403, "forbidden");
        await (await carla.GetAsync("/api/region/allocation/2026")).ShouldBeProblem(403, "forbidden");
        await (await carla.GetAsync("/reports/region/2026")).ShouldBeProblem(403, "forbidden");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task The_regional_report_shows_the_municipalities_side_by_side_in_dutch_and_as_csv()
    {
        await TwoMunicipalitiesAtWorkAsync();
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");

        var page = await ria.GetAsync("/reports/region/2026");
        var csv = await ria.GetAsync("/reports/region/2026.csv");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Regio FoodValley", html);
        Assert.Equal(2, html.Split("<svg class=\"chart\"").Length - 1);
        foreach (var name in new[] { "Gemeente Nijkerk", "Gemeente Ede", "Gemeente Wageningen", "€ 1.250,00" })
        {
            Assert.Contains(name, html);
        }
        Assert.DoesNotContain(Case, html);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Municipality,Scheme,Measure,Value", lines[0]);
        Assert.Contains("nijkerk,houd-me-vast,reserved,1", lines);
        Assert.Contains("nijkerk,bijzondere-bijstand,committed,1250.00", lines);
        Assert.DoesNotContain(lines, l => l.Contains("averageDaysToDecision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_regional_controller_has_a_screen_of_the_region_that_leads_to_the_report()
    {
        await TwoMunicipalitiesAtWorkAsync();
        var ria = await ScreenClient.SignInAs(App, "ria");

        var page = WebUtility.HtmlDecode(await (await ria.GetAsync("/regio?jaar=2026")).EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        var report = await ria.GetAsync("/reports/region/2026");
        var referrals = await ria.GetAsync("/aanvragen");

        Assert.Contains("Regio FoodValley 2026", page);
        Assert.Contains("1 van 5", page);
        Assert.Contains("Gemeente Ede", page);
        Assert.Contains("href=\"/reports/region/2026\"", page);
        Assert.DoesNotContain(Case, page);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        // The screens answer a page the role may not see with "Geen toegang".
        Assert.Contains("Geen toegang", await referrals.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_average_of_five_decisions_is_shown_and_of_four_is_withheld_in_the_api_the_report_its_csv_and_the_screen()
    {
        var nijkerk = await RequestedAsync("nijkerk", 5);
        var ede = await RequestedAsync("ede", 4);
        App.Clock.Advance(Duration.FromDays(3));
        foreach (var (tenant, ids) in new[] { ("nijkerk", nijkerk), ("ede", ede) })
        {
            var officer = await App.SignIn("erik", "financial-officer", tenant);
            foreach (var id in ids)
            {
                await officer.Approve(id);
            }
        }
        var ria = await App.SignIn("ria", "regional-controller", tenant: "foodvalley");

        var region = (await ria.GetJson("/api/region/allocation/2026"))["municipalities"]!.AsArray();
        var report = WebUtility.HtmlDecode(await (await ria.GetAsync("/reports/region/2026")).Content.ReadAsStringAsync());
        var csv = (await (await ria.GetAsync("/reports/region/2026.csv")).Content.ReadAsStringAsync()).Split("\r\n");
        var screen = WebUtility.HtmlDecode(await (await (await ScreenClient.SignInAs(App, "ria")).GetAsync("/regio?jaar=2026")).Content.ReadAsStringAsync());

        Assert.Equal(3.0, region.Single(m => m.Str("municipality") == "nijkerk")!["averageDaysToDecision"]!.GetValue<double>());
        var withheld = region.Single(m => m.Str("municipality") == "ede")!.AsObject();
        Assert.True(withheld.ContainsKey("averageDaysToDecision"));
        Assert.Null(withheld["averageDaysToDecision"]);
        Assert.Equal(["nijkerk,,averageDaysToDecision,3.0"], csv.Where(l => l.Contains("averageDaysToDecision", StringComparison.Ordinal)).ToList());
        foreach (var html in new[] { report, screen })
        {
            // Within the municipality's own row of days to a decision.
            Assert.Matches(@"(?s)<th scope=""row""[^>]*>Gemeente Nijkerk</th>(?:(?!</tr>).)*<td[^>]*>3,0</td>", html);
            Assert.Matches(@"(?s)<th scope=""row""[^>]*>Gemeente Ede</th>(?:(?!</tr>).)*<td[^>]*>niet getoond: minder dan 5 besluiten</td>", html);
        }
    }

    private async Task<List<string>> RequestedAsync(string tenant, int count)
    {
        var consulent = await App.SignIn("els", "consulent", tenant);
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            ids.Add(await consulent.RequestedReferral(Steps.HoudMeVast($"Z-2026-{tenant[..2].ToUpperInvariant()}{i:00}")));
        }
        return ids;
    }

    private static (int, int, int) Quota(JsonNode municipality, string a, string b, string c)
    {
        var quota = municipality["schemes"]!.AsArray().Single(s => s.Str("kind") == "quota")!;
        return (quota[a]!.GetValue<int>(), quota[b]!.GetValue<int>(), quota[c]!.GetValue<int>());
    }
}
