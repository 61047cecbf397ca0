using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>
/// The foundation's webhook acts for a municipality only when that municipality's secret signed the very
/// bytes received, within five minutes of the ledger's clock, and only once; a refusal changes nothing.
/// </summary>
public class FoundationWebhookTests(LedgerApp app) : LedgerTest(app)
{
    private const string Stranger = "whsec_c29tZW9uZS1lbHNlcy13ZWJob29rLXNlY3JldC0xMjM0";

    private long Now => App.Clock.GetCurrentInstant().ToUnixTimeSeconds();

    [Fact]
    public async Task The_foundation_confirms_a_placement_with_a_webhook_made_only_from_the_notification_and_its_secret()
    {
        const string secret = "whsec_c3RpY2h0aW5nLWhvdWQtbWUtdmFzdC1uaWprZXJrLXRlc3Q=";
        await using var foundation = await FakeFoundation.StartAsync();
        foundation.Secrets["nijkerk"] = secret;
        foundation.Now = App.Clock.GetCurrentInstant;
        await using var ledger = new IsolatedLedger(App, new Dictionary<string, string>
        {
            ["HoudMeVast:Endpoint"] = foundation.Endpoint,
            ["HoudMeVast:Municipalities:nijkerk:WebhookSecret"] = secret,
        });
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var id = await anna.ApprovedReferral(bob);
        await Eventually.Holds(async () => (await anna.GetJson($"/api/referrals/{id}")).Str("notification") == "Sent", "the foundation is told");
        var notification = Assert.Single(foundation.Accepted);

        var answer = await foundation.ConfirmAsync(ledger.Host.CreateClient(), notification, "HMV-2026-08");

        Assert.Equal("nijkerk", notification.Str("municipality"));
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Empty(await answer.Content.ReadAsByteArrayAsync());
        var referral = await bob.GetJson($"/api/referrals/{id}");
        Assert.Equal(("Confirmed", "HMV-2026-08"), (referral.Str("notification"), referral.Str("placementReference")));
        var last = (await bob.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray()[^1];
        Assert.Equal(("placement_confirmed", "stichting-houd-me-vast", "foundation"), (last.Str("type"), last.Str("user"), last.Str("role")));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public async Task A_webhook_signed_within_five_minutes_of_the_ledgers_clock_either_side_is_accepted(int offsetSeconds)
    {
        var id = await ReservedReferral();

        var response = await Deliver(FakeFoundation.Signed("nijkerk", Body(id), SecretOf("nijkerk"), "msg_1", Now + offsetSeconds));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task A_webhook_signed_with_a_wrong_secret_is_refused_with_401_and_changes_nothing()
    {
        var id = await ReservedReferral();
        var before = await App.SnapshotAsync();

        var response = await Deliver(FakeFoundation.Signed("nijkerk", Body(id), Stranger, "msg_1", Now));

        await response.ShouldBeProblem(401, "unauthorized");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_webhook_signed_with_another_municipalitys_secret_is_refused_with_401_and_changes_nothing()
    {
        var id = await ReservedReferral();
        var before = await App.SnapshotAsync();

        var response = await Deliver(FakeFoundation.Signed("nijkerk", Body(id), SecretOf("ede"), "msg_1", Now));

        await response.ShouldBeProblem(401, "unauthorized");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_webhook_without_a_signature_is_refused_with_401()
    {
        var id = await ReservedReferral();
        var before = await App.SnapshotAsync();

        var response = await App.Anonymous().Post("/webhooks/houd-me-vast/nijkerk", Body(id));

        await response.ShouldBeProblem(401, "unauthorized");
        await App.ShouldBeUnchangedSince(before);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public async Task A_webhook_signed_more_than_five_minutes_from_the_ledgers_clock_is_refused_with_401(int offsetSeconds)
    {
        var id = await ReservedReferral();
        var before = await App.SnapshotAsync();

        var response = await Deliver(FakeFoundation.Signed("nijkerk", Body(id), SecretOf("nijkerk"), "msg_1", Now + offsetSeconds));

        await response.ShouldBeProblem(401, "unauthorized");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_webhook_whose_body_was_changed_after_signing_is_refused_with_401()
    {
        var id = await ReservedReferral();
        var before = await App.SnapshotAsync();

        var response = await Deliver(FakeFoundation.Signed("nijkerk", Body(id, "HMV-2026-08"), SecretOf("nijkerk"), "msg_1", Now,
            sentBody: Body(id, "HMV-2026-99")));

        await response.ShouldBeProblem(401, "unauthorized");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_replayed_webhook_is_refused_with_409_replayed_and_changes_nothing()
    {
        var id = await ReservedReferral();
        var signedAt = Now;
        HttpRequestMessage Delivery() => FakeFoundation.Signed("nijkerk", Body(id), SecretOf("nijkerk"), "msg_1", signedAt);
        Assert.Equal(HttpStatusCode.NoContent, (await Deliver(Delivery())).StatusCode);
        App.Clock.AdvanceSeconds(60);
        var before = await App.SnapshotAsync();

        var replay = await Deliver(Delivery());
        var sameIdNewPlacement = await Deliver(FakeFoundation.Signed("nijkerk", Body(id, "HMV-2026-09"), SecretOf("nijkerk"), "msg_1", Now));

        await replay.ShouldBeProblem(409, "replayed");
        await sameIdNewPlacement.ShouldBeProblem(409, "replayed");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task Twin_deliveries_arriving_together_confirm_the_placement_once_and_the_rest_are_replays()
    {
        var id = await ReservedReferral();
        var signedAt = Now;

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Deliver(FakeFoundation.Signed("nijkerk", Body(id), SecretOf("nijkerk"), "msg_1", signedAt))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        foreach (var replay in answers.Where(a => a.StatusCode != HttpStatusCode.NoContent))
        {
            await replay.ShouldBeProblem(409, "replayed");
        }
        Assert.Equal(1, await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_events where type = 'placement_confirmed' and stream_id = @id", ("id", id)));
    }

    [Fact]
    public async Task A_webhook_id_is_recorded_per_municipality()
    {
        var nijkerk = await ReservedReferral();
        var anna = await App.SignIn("anna", "consulent", "ede");
        var ede = await anna.ApprovedReferral(await App.SignIn("bob", "financial-officer", "ede"));

        var first = await Deliver(FakeFoundation.Signed("nijkerk", Body(nijkerk), SecretOf("nijkerk"), "msg_1", Now));
        var second = await Deliver(FakeFoundation.Signed("ede", Body(ede, municipality: "ede"), SecretOf("ede"), "msg_1", Now));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
    }

    [Fact]
    public async Task A_signed_webhook_for_another_municipalitys_referral_is_not_found_like_an_unknown_one()
    {
        var anna = await App.SignIn("anna", "consulent", "ede");
        var edes = await anna.ApprovedReferral(await App.SignIn("bob", "financial-officer", "ede"));
        var before = await App.SnapshotAsync();

        var theirs = await (await Deliver(FakeFoundation.Signed("nijkerk", Body(edes), SecretOf("nijkerk"), "msg_1", Now))).ShouldBeProblem(404, "not-found");
        var unknown = await (await Deliver(FakeFoundation.Signed("nijkerk", Body("no-such-referral"), SecretOf("nijkerk"), "msg_2", Now))).ShouldBeProblem(404, "not-found");

        // Each answer names its own request for the logs, and nothing else tells the two apart.
        Assert.NotEqual(unknown["traceId"]!.GetValue<string>(), theirs["traceId"]!.GetValue<string>());
        unknown.Remove("traceId");
        theirs.Remove("traceId");
        Assert.Equal(unknown.ToJsonString(), theirs.ToJsonString());
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_refused_delivery_records_nothing_so_the_same_delivery_succeeds_once_the_referral_allows_it()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.RequestedReferral();
        HttpRequestMessage Delivery() => FakeFoundation.Signed("nijkerk", Body(id), SecretOf("nijkerk"), "msg_1", Now);
        var before = await App.SnapshotAsync();

        var tooEarly = await Deliver(Delivery());
        await App.ShouldBeUnchangedSince(before);
        await bob.Approve(id);
        var afterApproval = await Deliver(Delivery());

        await tooEarly.ShouldBeProblem(409, "invalid-transition");
        Assert.Equal(HttpStatusCode.NoContent, afterApproval.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"referralId\": 5}")]
    [InlineData("{\"placementReference\": \"HMV-1\"}")]
    [InlineData("{\"referralId\": \"r\", \"municipality\": \"ede\", \"placementReference\": \"HMV-1\"}")]
    public async Task A_signed_webhook_that_cannot_be_read_is_a_400_and_changes_nothing(string body)
    {
        var before = await App.SnapshotAsync();

        var response = await Deliver(FakeFoundation.Signed("nijkerk", body, SecretOf("nijkerk"), "msg_1", Now));

        await response.ShouldBeProblem(400, "validation");
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task Outside_development_no_municipality_has_a_webhook_secret_so_none_accepts_a_webhook()
    {
        var id = await ReservedReferral();
        await using var production = App.ProductionHost();
        var before = await App.SnapshotAsync();

        // Over https, so that whatever the host does with plain http outside Development is beside the point.
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await client.SendAsync(FakeFoundation.Signed("nijkerk", Body(id), SecretOf("nijkerk"), "msg_1", Now));

        await response.ShouldBeProblem(401, "unauthorized");
        await App.ShouldBeUnchangedSince(before);
    }

    /// <summary>A secret as the app is configured with it (Development's, from appsettings.Development.json).</summary>
    private string SecretOf(string municipality) =>
        App.Services.GetRequiredService<IOptions<FoundationSettings>>().Value.Municipalities[municipality].WebhookSecret!;

    private static string Body(string referralId, string placementReference = "HMV-2026-08", string municipality = "nijkerk") =>
        JsonSerializer.Serialize(new { referralId, municipality, placementReference });

    private async Task<string> ReservedReferral()
    {
        var anna = await App.SignIn("anna", "consulent");
        return await anna.ApprovedReferral(await App.SignIn("bob", "financial-officer"));
    }

    private Task<HttpResponseMessage> Deliver(HttpRequestMessage request) => App.Anonymous().SendAsync(request);
}
