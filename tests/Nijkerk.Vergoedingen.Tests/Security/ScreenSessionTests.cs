using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// A screen session ends a fixed time after sign-in however busy it is, and a session signed in at the
/// identity provider is checked there again every quarter of an hour: changed roles take effect, a user
/// the provider no longer knows is signed out. Time is the ledger's (fake) clock.
/// </summary>
public class ScreenSessionTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly Uri Site = new("https://vergoedingen.nijkerk.nl");

    private static string PathOf(HttpResponseMessage page) => page.RequestMessage!.RequestUri!.AbsolutePath;

    [Fact]
    public async Task A_busy_session_ends_ten_hours_after_sign_in()
    {
        var anna = await ScreenClient.SignInAs(App, "anna");
        for (var hour = 0; hour < 8; hour += 2)
        {
            App.Clock.Advance(Duration.FromHours(2));
            Assert.Equal("/aanvragen", PathOf(await anna.GetAsync("/aanvragen")));
        }
        App.Clock.Advance(Duration.FromMinutes(119));
        Assert.Equal("/aanvragen", PathOf(await anna.GetAsync("/aanvragen")));

        App.Clock.Advance(Duration.FromMinutes(1));
        Assert.Equal("/inloggen", PathOf(await anna.GetAsync("/aanvragen")));
        // The cookie is gone, not just out of time: back at the moment of sign-in it is still refused.
        App.Clock.Reset(LedgerApp.DefaultNow);
        Assert.Equal("/inloggen", PathOf(await anna.GetAsync("/aanvragen")));
    }

    [Fact]
    public async Task The_provider_is_asked_again_changed_roles_take_effect_and_a_user_it_no_longer_knows_is_signed_out()
    {
        var user = $"tess{Guid.NewGuid():N}"[..12];
        await IdentityProvider.SetUserAsync(user, ["financial-officer"]);
        var screens = await IdentityProvider.RegisterAsync(Site.ToString().TrimEnd('/'));
        await using var production = App.Host("Production", builder => IdentityProvider.Trust(builder, screens));
        var browser = production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = Site });
        await IdentityProvider.SignInAsync(browser, Site, user, "/beoordelen");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/beoordelen")).StatusCode);

        // The directory makes her a consulent; until the next re-check the session holds the roles it had.
        await IdentityProvider.SetUserAsync(user, ["consulent"]);
        App.Clock.Advance(Duration.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/beoordelen")).StatusCode);
        App.Clock.Advance(Duration.FromMinutes(2));
        var review = await browser.GetAsync("/beoordelen");
        Assert.Equal((HttpStatusCode.Redirect, "/geen-toegang"), (review.StatusCode, IdentityProvider.Target(review)));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/aanvragen/nieuw")).StatusCode);

        // Gone from the directory: the next re-check ends the session.
        await IdentityProvider.RemoveUserAsync(user);
        App.Clock.Advance(Duration.FromMinutes(16));
        var start = await browser.GetAsync("/aanvragen/nieuw");
        Assert.Equal((HttpStatusCode.Redirect, "/inloggen"), (start.StatusCode, IdentityProvider.Target(start)));
        var again = await browser.GetAsync("/aanvragen/nieuw");
        Assert.Equal((HttpStatusCode.Redirect, "/inloggen"), (again.StatusCode, IdentityProvider.Target(again)));
    }
}
