using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>A long list on a screen comes fifty to a page, oldest first, and the next page holds the rest.</summary>
public class ScreenPagingTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Te_beoordelen_shows_fifty_requests_a_page_and_the_rest_on_the_next()
    {
        var anna = await App.SignIn("anna", "consulent");
        var last = "";
        for (var i = 1; i <= 53; i++)
        {
            last = await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-{i:D4}"));
            App.Clock.Advance(Duration.FromMinutes(1));
        }
        var bob = await ScreenClient.SignInAs(App, "bob");

        var first = await (await bob.GetAsync("/beoordelen")).Content.ReadAsStringAsync();
        var second = await (await bob.GetAsync("/beoordelen?pagina=2")).Content.ReadAsStringAsync();

        Assert.Contains("53 in totaal, pagina 1 van 2", first);
        Assert.Contains("Z-2026-0001", first);
        Assert.Contains("Z-2026-0050", first);
        Assert.DoesNotContain("Z-2026-0051", first);
        Assert.Contains("?pagina=2", first);
        Assert.Contains("pagina 2 van 2", second);
        Assert.Contains("Z-2026-0053", second);
        Assert.DoesNotContain("Z-2026-0050<", second);
        Assert.DoesNotContain("Volgende pagina", second);

        // A decision taken on the second page shows that page again, with its message.
        var decided = await bob.PostForm("/beoordelen?pagina=2", $"/beoordelen?handler=Approve&id={last}&pagina=2", new() { ["reason"] = "Past binnen het beleid" });
        Assert.Contains("Aanvraag Z-2026-0053 is goedgekeurd", decided);
        Assert.Contains("52 in totaal, pagina 2 van 2", decided);
    }
}
