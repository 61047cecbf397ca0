using System.Net;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>
/// Each state a linked referral reaches, where the municipality configured a status type for it, becomes a status on
/// its zaak: once, in the order the states were reached, with no personal text — also when the Zaken API was down,
/// and when an answer was lost on its way back.
/// </summary>
public class CaseStatusTests(LedgerApp app) : CaseSystemTest(app)
{
    private static readonly string[] States = ["Requested", "Reserved", "Scheduled", "Completed", "Withdrawn"];

    [Fact]
    public async Task A_linked_referral_shows_each_state_it_reaches_on_its_zaak_once_and_in_order()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger(States);
        ledger.Start();
        var (anna, bert) = (await ledger.SignIn("anna", "consulent"), await ledger.SignIn("bert", "financial-officer"));
        var id = await LinkedAsync(anna, "Z-2026-0001");

        await bert.Approve(id);
        await (await anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        await (await anna.Post($"/api/referrals/{id}/complete", new { completedOn = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);

        await SettledAsync(ledger, id, 4);
        AssertStatuses(zaak, id, "Requested", "Reserved", "Scheduled", "Completed");
        Assert.Equal(4, await ledger.CountAsync("case_status_set", id));
        Assert.All(Api.Calls, c => Assert.Equal("", c.Problem));
        Assert.Empty(Contract.Violations);
    }

    [Fact]
    public async Task States_reached_while_the_zaaksysteem_was_down_reach_the_zaak_once_and_in_order_when_it_is_back()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger(States);
        ledger.Start();
        var (anna, bert) = (await ledger.SignIn("anna", "consulent"), await ledger.SignIn("bert", "financial-officer"));
        var id = await LinkedAsync(anna, "Z-2026-0001");
        await SettledAsync(ledger, id, 1);

        Api.Down = true;
        await bert.Approve(id);
        await (await anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        await (await anna.Post($"/api/referrals/{id}/complete", new { completedOn = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        await Eventually.Holds(() => Task.FromResult(StatusCalls() >= 3),
            "the ledger tried to set the statuses while the Zaken API was down");
        // Back, but the first status it sets loses its answer: the ledger finds it before it would set it again.
        Api.LoseFirstStatusAnswer = true;
        Api.Down = false;

        await SettledAsync(ledger, id, 4);
        AssertStatuses(zaak, id, "Requested", "Reserved", "Scheduled", "Completed");
        Assert.Equal(4, await ledger.CountAsync("case_status_set", id));
        Assert.True(Contract.Violations.Count == 0, string.Join("\n", Contract.Violations));
    }

    [Fact]
    public async Task Only_configured_states_of_linked_referrals_of_the_configured_municipality_reach_a_zaak()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        await using var ledger = Ledger("Withdrawn");
        ledger.Start();
        var anna = await ledger.SignIn("anna", "consulent");
        var id = await LinkedAsync(anna, "Z-2026-0001");
        var unlinked = await LinkedAsync(anna, "Z-2026-0404");
        var ede = await ledger.Host.SignIn("anna", "consulent", "ede");
        var elsewhere = await ede.RequestedReferral(Steps.HoudMeVast("Z-2026-0001"));

        foreach (var (consulent, referral) in new[] { (anna, id), (anna, unlinked), (ede, elsewhere) })
        {
            await (await consulent.Post($"/api/referrals/{referral}/withdraw", new { reason = "Het stel heeft zelf hulp gevonden" })).ShouldBe(HttpStatusCode.OK);
        }

        await SettledAsync(ledger, id, 1);
        AssertStatuses(zaak, id, "Withdrawn");
        Assert.Equal(1, await ledger.CountAsync("case_status_set"));
    }

    [Fact]
    public async Task Two_attempts_at_once_for_one_referral_set_each_status_once()
    {
        var zaak = Api.AddZaak("Z-2026-0001");
        Api.HoldFirstStatus = true;
        await using var ledger = Ledger(States);
        ledger.Start();
        var (anna, bert) = (await ledger.SignIn("anna", "consulent"), await ledger.SignIn("bert", "financial-officer"));
        var id = await LinkedAsync(anna, "Z-2026-0001");
        await Eventually.Holds(() => Task.FromResult(Api.Holding), "the first status is on its way to the zaak, held there");
        var calls = StatusCalls();

        // A second state while the first is still being set: its attempt must wait for the first, not find "Requested" missing too.
        await bert.Approve(id);
        await Eventually.Holds(async () => StatusCalls() > calls || await App.Database.ScalarAsync<long>(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted") > 0,
            "a second attempt for the referral is under way");
        Api.ReleaseHeldAnswer();

        await SettledAsync(ledger, id, 2);
        AssertStatuses(zaak, id, "Requested", "Reserved");
    }

    private int StatusCalls() => Api.Calls.Count(c => c.Call.Contains("/zaken/api/v1/statussen", StringComparison.Ordinal));

    /// <summary>Waits until the zaak has this many statuses and nothing is left to set them; a status set twice would show after.</summary>
    private async Task SettledAsync(IsolatedLedger ledger, string id, int statuses) =>
        await Eventually.Holds(async () => Api.Statussen.Count >= statuses && await ledger.CountAsync("case_status_set", id) >= statuses
                                           && await ledger.PendingAsync("SetCaseStatuses") == 0,
            $"{statuses} statuses set on the zaak");

    private void AssertStatuses(string zaak, string id, params string[] states)
    {
        var set = Api.Statussen;
        Assert.Equal(states.Select(StatusType), set.Select(s => s.Str("statustype")));
        Assert.All(set, s => Assert.Equal(zaak, s.Str("zaak")));
        // In the order the referral reached them, each at the instant it did; the last set is the zaak's latest.
        var dates = set.Select(s => DateTimeOffset.Parse(s.Str("datumStatusGezet"))).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.True(set[^1]["indicatieLaatstGezetteStatus"]!.GetValue<bool>());
        // A toelichting names the referral and its step, nothing typed about the household.
        Assert.All(set, s => Assert.Contains($"verwijzing {id}, stap ", s.Str("statustoelichting")));
        Assert.DoesNotContain(set, s => s.Str("statustoelichting").Contains("Doorbraakmethode", StringComparison.Ordinal)
                                        || s.Str("statustoelichting").Contains("zelf hulp", StringComparison.Ordinal));
    }
}
