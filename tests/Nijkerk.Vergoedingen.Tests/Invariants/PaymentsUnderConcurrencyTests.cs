using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Invariants;

/// <summary>
/// Invariant 3 of DESIGN.md under real parallel requests: a claim is never paid beyond its approval,
/// approvals never pass the commitment, and neither an invoice nor a bank reference is paid twice.
/// </summary>
public class PaymentsUnderConcurrencyTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task Forty_approvals_and_forty_payments_racing_on_one_referral_keep_invariant_three()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var carla = await App.SignIn("carla", "financial-officer");
        var provider = await (await App.SignIn("ad", "admin")).RegisteredProvider();
        await bob.SetBudget("10000.00");
        var referral = await anna.CommittedReferral(bob, "1000.00");
        var claims = new List<string>();
        for (var i = 1; i <= 40; i++)
        {
            claims.Add(await anna.RecordedClaim(referral, provider, "50.00", $"F-{i:00}"));
        }

        var approvals = claims.Select((c, i) => (i % 2 == 0 ? bob : carla).Post($"/api/referrals/{referral}/claims/{c}/approve"));
        var payments = claims.Select((c, i) => (i % 2 == 0 ? carla : bob).Post(
            $"/api/referrals/{referral}/claims/{c}/payments", new { amount = "50.00", paidOn = "2026-03-01", reference = $"BANK-{i:00}" }));
        var replays = claims.Take(10).Select((c, i) => bob.Post(
            $"/api/referrals/{referral}/claims/{c}/payments", new { amount = "50.00", paidOn = "2026-03-01", reference = $"BANK-{i:00}" }));
        var responses = await Task.WhenAll(approvals.Concat(payments).Concat(replays));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict }));

        var events = (await App.Database.EventsAsync(
                "select type, data::text from {schema}.mt_events where stream_id = @stream order by seq_id", ("stream", referral)))
            .Select(e => (e.Type, Data: JsonNode.Parse(e.Data)!)).ToList();
        decimal Amount(JsonNode data) => decimal.Parse(data["amount"]!.ToJsonString(), CultureInfo.InvariantCulture);
        var commitment = events.Where(e => e.Type == "funds_committed").Sum(e => Amount(e.Data));
        var approved = events.Where(e => e.Type == "claim_approved").ToDictionary(e => e.Data.Str("claimId"), e => Amount(e.Data));
        var paid = events.Where(e => e.Type == "payment_booked").ToList();

        Assert.Equal(1000.00m, commitment);
        Assert.Equal(20, approved.Count);
        Assert.True(approved.Values.Sum() <= commitment);
        foreach (var claim in paid.GroupBy(p => p.Data.Str("claimId")))
        {
            Assert.True(approved.ContainsKey(claim.Key), "a payment on a claim that was never approved");
            Assert.True(claim.Sum(p => Amount(p.Data)) <= approved[claim.Key], "a claim paid beyond its approval");
        }
        Assert.Equal(paid.Count, paid.Select(p => p.Data.Str("reference")).Distinct().Count());
        var invoices = events.Where(e => e.Type == "claim_recorded").ToDictionary(e => e.Data.Str("claimId"), e => e.Data.Str("invoiceNumber"));
        Assert.Equal(paid.Select(p => p.Data.Str("claimId")).Distinct().Count(),
            paid.Select(p => invoices[p.Data.Str("claimId")]).Distinct().Count());

        var year = (await App.Database.EventsAsync(
                "select type, data::text from {schema}.mt_events where stream_id = 'budget-year/bijzondere-bijstand/2026' order by seq_id"))
            .Select(e => (e.Type, Data: JsonNode.Parse(e.Data)!)).ToList();
        var yearPaid = year.Where(e => e.Type == "payment_booked").Sum(e => Amount(e.Data));
        Assert.Equal(paid.Sum(p => Amount(p.Data)), yearPaid);
        var open = year.Where(e => e.Type == "funds_committed").Sum(e => Amount(e.Data))
            - year.Where(e => e.Type == "commitment_released").Sum(e => Amount(e.Data)) - yearPaid;
        Assert.InRange(open, 0m, 10000.00m - yearPaid);
    }
}
