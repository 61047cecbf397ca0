using System.Net;
using System.Net.Http.Json;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>
/// The Notificaties API's messages at /webhooks/zgw/{municipality}: a destroyed zaak erases the personal documents
/// of the referrals linked to it, once; a delivery without the municipality's Authorization changes nothing.
/// </summary>
public class CaseNotificationTests(LedgerApp app) : CaseSystemTest(app)
{
    private static object Destroyed(string zaak) => new
    {
        kanaal = "zaken", hoofdObject = zaak, resource = "zaak", resourceUrl = zaak, actie = "destroy",
        aanmaakdatum = "2026-12-01T10:00:00Z", kenmerken = new Dictionary<string, string> { ["bronorganisatie"] = StandInZakenApi.Rsin },
    };

    private static Task<HttpResponseMessage> NotifyAsync(IsolatedLedger ledger, object message, string? authorization, string municipality = "nijkerk")
    {
        var client = ledger.Host.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }
        return client.PostAsJsonAsync($"/webhooks/zgw/{municipality}", message);
    }

    private Task<string> MotivationAsync(IsolatedLedger ledger, string id) =>
        App.Database.ScalarAsync<string>($"select data ->> 'text' from {ledger.Schema}.mt_doc_personaltext where id = @id", ("id", $"{id}/motivation"));

    [Fact]
    public async Task A_destroyed_zaak_erases_the_personal_documents_of_its_referrals_once_and_leaves_the_others()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        Api.AddZaak("Z-2026-0002");
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var linked = await LinkedAsync(anna, "Z-2026-0001");
        var other = await LinkedAsync(anna, "Z-2026-0002");

        Assert.Equal(HttpStatusCode.NoContent, (await NotifyAsync(ledger, Destroyed(zaak), NotificationsAuth)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await NotifyAsync(ledger, Destroyed(zaak), NotificationsAuth)).StatusCode);

        Assert.Equal("[gewist]", await MotivationAsync(ledger, linked));
        Assert.NotEqual("[gewist]", await MotivationAsync(ledger, other));
        // Erased by the ledger itself, the notification recorded as its reason, once; the referral's own facts stay.
        Assert.Equal((1L, 1L), (await ledger.CountAsync("case_destroyed"), await ledger.CountAsync("personal_data_erased")));
        Assert.Equal("Requested", (await anna.GetJson($"/api/referrals/{linked}")).Str("status"));
    }

    [Fact]
    public async Task A_closed_zaak_marks_its_waiting_referral_and_not_one_that_went_on()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var waiting = await LinkedAsync(anna, "Z-2026-0001");
        var approved = await LinkedAsync(anna, "Z-2026-0001");
        await bob.Approve(approved);

        Api.EndZaak(zaak, "2026-12-01");
        var update = new
        {
            kanaal = "zaken", hoofdObject = zaak, resource = "zaak", resourceUrl = zaak, actie = "partial_update",
            aanmaakdatum = "2026-12-01T10:00:00Z", kenmerken = new Dictionary<string, string>(),
        };
        Assert.Equal(HttpStatusCode.NoContent, (await NotifyAsync(ledger, update, NotificationsAuth)).StatusCode);

        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{waiting}")).Str("caseLink") == "Ended", "the waiting referral shows its zaak closed");
        Assert.Equal("Linked", (await anna.GetJson($"/api/referrals/{approved}")).Str("caseLink"));
        Assert.Equal(1, await ledger.CountAsync("case_ended"));
        Assert.Empty(Contract.Violations);
    }

    [Theory]
    [InlineData(null, "nijkerk", 401)]
    [InlineData("Token iets-anders", "nijkerk", 403)]
    [InlineData(NotificationsAuth, "ede", 403)]
    public async Task A_notification_without_the_municipalitys_authorization_changes_nothing(string? authorization, string municipality, int status)
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger();
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var linked = await LinkedAsync(anna, "Z-2026-0001");

        var response = await NotifyAsync(ledger, Destroyed(zaak), authorization, municipality);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.NotEqual("[gewist]", await MotivationAsync(ledger, linked));
        Assert.Equal(0, await ledger.CountAsync("personal_data_erased"));
    }
}
