using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Upgrade;

/// <summary>
/// The ledger is in production: a database written by an earlier commit opens under this one with nothing
/// lost. Each fixture (ops/fixture) is restored and read through the API as it was read when it was made.
/// </summary>
[Collection(LedgerCollection.Name)]
public class UpgradeTests
{
    [Theory]
    [MemberData(nameof(UpgradedLedger.Fixtures), MemberType = typeof(UpgradedLedger))]
    public async Task Every_view_seal_and_trail_reads_as_it_did(string commit)
    {
        await using var ledger = await UpgradedLedger.OpenAsync(commit);

        var differences = await ReadsThatDiffer(ledger);

        Assert.True(differences.Count == 0, $"{differences.Count} views read otherwise than when {commit} wrote them:\n{string.Join("\n", differences)}");
    }

    [Theory]
    [MemberData(nameof(UpgradedLedger.Fixtures), MemberType = typeof(UpgradedLedger))]
    public async Task Every_view_reads_as_it_did_after_every_read_model_is_rebuilt(string commit)
    {
        await using var ledger = await UpgradedLedger.OpenAsync(commit);

        await new ReadModelRebuild(ledger.Services.GetRequiredService<IDocumentStore>()).RunAsync(CancellationToken.None);

        var differences = await ReadsThatDiffer(ledger);
        Assert.True(differences.Count == 0, $"{differences.Count} views read otherwise after the rebuild:\n{string.Join("\n", differences)}");
        Assert.Empty(await ledger.Services.GetRequiredService<ProjectionVerifier>().VerifyAsync(CancellationToken.None));
    }

    private static async Task<List<string>> ReadsThatDiffer(UpgradedLedger ledger)
    {
        var differences = new List<string>();
        foreach (var read in ledger.Manifest["reads"]!.AsArray().Select(r => r!.AsObject()))
        {
            var client = await ledger.SignIn(read.Str("user"), read.Str("role"), read.Str("tenant"));
            var response = await client.GetAsync(read.Str("path"));
            var text = await response.Content.ReadAsStringAsync();
            var expected = read["body"];
            var same = response.StatusCode == HttpStatusCode.OK && (read["json"]!.GetValue<bool>()
                ? ReadsAsItDid(expected, JsonNode.Parse(text))
                : ReadsAsItDid(expected!.GetValue<string>(), text));
            if (!same)
            {
                differences.Add($"GET {read.Str("path")} as {read.Str("role")} of {read.Str("tenant")}: {(int)response.StatusCode}\n" +
                    $"  then: {(read["json"]!.GetValue<bool>() ? expected!.ToJsonString() : expected!.GetValue<string>())}\n  now:  {text}");
            }
        }
        return differences;
    }

    /// <summary>
    /// The answer as it was: every member it had, with the same value. A member added to the API since (API.md: adding
    /// fields is fine) may stand beside them only as null — an old referral cannot have a fact the old ledger never knew.
    /// </summary>
    private static bool ReadsAsItDid(JsonNode? then, JsonNode? now) => (then, now) switch
    {
        (JsonObject a, JsonObject b) => a.All(m => b.ContainsKey(m.Key) && (ReadsAsItDid(m.Value, b[m.Key]) || (Withheld.Contains(m.Key) && b[m.Key] is null)))
                                        && b.Where(m => !a.ContainsKey(m.Key)).All(m => m.Value is null),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(p => ReadsAsItDid(p.First, p.Second)),
        _ => JsonNode.DeepEquals(then, now),
    };

    /// <summary>
    /// Figures the region withholds since they were given: an average of fewer than five decisions (the region's
    /// small-numbers rule, Region/RegionAllocation.cs). Such a figure then may be nothing now — never another value.
    /// </summary>
    private static readonly HashSet<string> Withheld = ["averageDaysToDecision"];

    /// <summary>A text answer (CSV, HTML) as it was, but for the rows of a withheld figure, which it no longer has.</summary>
    private static bool ReadsAsItDid(string then, string now)
    {
        var rows = now.Split("\r\n").ToHashSet();
        return then == now || then.Split("\r\n").Where(row => rows.Contains(row) || !Withheld.Any(w => row.Contains($",{w},", StringComparison.Ordinal)))
            .SequenceEqual(now.Split("\r\n"));
    }

    [Theory]
    [MemberData(nameof(UpgradedLedger.Fixtures), MemberType = typeof(UpgradedLedger))]
    public async Task Every_read_model_equals_its_rebuild_from_the_stored_events(string commit)
    {
        await using var ledger = await UpgradedLedger.OpenAsync(commit);

        var differences = await ledger.Services.GetRequiredService<ProjectionVerifier>().VerifyAsync(CancellationToken.None);

        Assert.Empty(differences);
    }

    [Theory]
    [MemberData(nameof(UpgradedLedger.Fixtures), MemberType = typeof(UpgradedLedger))]
    public async Task Old_referrals_take_new_commands(string commit)
    {
        await using var ledger = await UpgradedLedger.OpenAsync(commit);
        var commands = ledger.Manifest["commands"]!;
        var anna = await ledger.SignIn("anna", "consulent");
        var bob = await ledger.SignIn("bob", "financial-officer");
        var fleur = await ledger.SignIn("fleur", "financial-officer");

        var approve = commands["approve"]!;
        var approved = await bob.Approve(approve.Str("referral"));
        Assert.Equal((approve.Str("status"), approve["waitlistPosition"]!.GetValue<int>()),
            (approved.Str("status"), approved["waitlistPosition"]!.GetValue<int>()));

        var withdraw = commands["withdraw"]!;
        var withdrawn = await (await anna.Post($"/api/referrals/{withdraw.Str("referral")}/withdraw", new { reason = "Niet meer nodig" }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", withdrawn.Str("status"));
        Assert.Equal("Reserved", (await anna.GetJson($"/api/referrals/{withdraw.Str("promoted")}")).Str("status"));

        var pay = commands["pay"]!;
        var before = await BudgetPaid(bob);
        var paidOn = ledger.Now.InUtc().Date.ToString("yyyy-MM-dd", null);
        await (await fleur.Post($"/api/referrals/{pay.Str("referral")}/claims/{pay.Str("claim")}/payments",
            new { amount = pay.Str("amount"), paidOn, reference = $"UPGRADE-{commit}" })).ShouldBe(HttpStatusCode.Created);
        Assert.Equal(before + decimal.Parse(pay.Str("amount"), System.Globalization.CultureInfo.InvariantCulture), await BudgetPaid(bob));

        Assert.Empty(await ledger.Services.GetRequiredService<ProjectionVerifier>().VerifyAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(UpgradedLedger.Fixtures), MemberType = typeof(UpgradedLedger))]
    public async Task A_retry_under_an_old_idempotency_key_replays_its_first_answer(string commit)
    {
        await using var ledger = await UpgradedLedger.OpenAsync(commit);
        var bob = await ledger.SignIn("bob", "financial-officer");
        var referral = ledger.Manifest["referrals"]!["R-b"].Str("id");

        // Approved under this key when the fixture was made (tests/Nijkerk.Vergoedingen.Fixture/Story.cs), and withdrawn since.
        var retry = await bob.Post($"/api/referrals/{referral}/approve", new { reason = "Past binnen het beleid" }, "fixture-approve-r-b");

        var answer = await retry.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((referral, "Reserved", "bob"), (answer.Str("id"), answer.Str("status"), answer.Str("approvedBy")));
    }

    private static async Task<decimal> BudgetPaid(HttpClient officer)
    {
        var view = await officer.GetJson("/api/allocation/2026");
        var budget = view["schemes"]!.AsArray().Single(s => s!.Str("kind") == "budget")!;
        return decimal.Parse(budget.Str("paid"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
