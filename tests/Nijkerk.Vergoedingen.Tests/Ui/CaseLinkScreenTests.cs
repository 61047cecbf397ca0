using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Ui;

/// <summary>A referral whose zaak was not found offers to look it up again, and says in Dutch when that cannot be done.</summary>
public class CaseLinkScreenTests(LedgerApp app) : ScreenTest(app)
{
    [Fact]
    public async Task Looking_the_zaak_up_again_where_the_municipality_has_no_zaaksysteem_is_refused_in_dutch_and_changes_nothing()
    {
        var id = await (await App.SignIn("anna", "consulent")).RequestedReferral(Steps.HoudMeVast("Z-2026-0404"));
        // As a zaaksysteem's answer leaves it: no zaak with this reference. This host has no zaaksysteem to ask again.
        await using (var session = App.Services.GetRequiredService<IDocumentStore>().LightweightSession("nijkerk"))
        {
            session.Events.Append(id, new CaseNotFound(id, 0, SystemActor.User, SystemActor.Role, App.Clock.GetCurrentInstant()));
            await session.SaveChangesAsync();
        }
        var anna = await SignInAs("anna");
        await anna.GotoAsync($"/aanvragen/{id}");
        await Assertions.Expect(anna.GetByRole(AriaRole.Heading, new() { Name = "Zaak opnieuw zoeken" })).ToBeVisibleAsync();
        await CheckAccessibility(anna, "59-zaak-niet-gevonden");
        var before = await App.SnapshotAsync();

        await anna.GetByRole(AriaRole.Button, new() { Name = "Zaak opnieuw zoeken" }).ClickAsync();

        await Assertions.Expect(anna.GetByRole(AriaRole.Alert)).ToContainTextAsync("De zaak wordt niet opnieuw gezocht");
        await CheckAccessibility(anna, "59-zaak-opnieuw-zoeken-geweigerd");
        await App.ShouldBeUnchangedSince(before);
        var carla = await SignInAs("carla");
        await carla.GotoAsync($"/aanvragen/{id}");
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Z-2026-0404");
        await Assertions.Expect(carla.GetByRole(AriaRole.Button, new() { Name = "Zaak opnieuw zoeken" })).ToHaveCountAsync(0);
    }
}
