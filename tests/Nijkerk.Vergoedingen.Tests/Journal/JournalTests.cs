using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.BankStatementFiles;

namespace Nijkerk.Vergoedingen.Tests.Journal;

/// <summary>
/// The journal gives the financial system one line per payment booked or returned in a period, on the accounts the
/// admin set for the scheme, adding up to what was paid — the same lines every time, and never a person.
/// </summary>
public class JournalTests(LedgerApp app) : LedgerTest(app)
{
    private const string OwnAccount = "NL34BNGH0285000001";

    [Fact]
    public async Task The_journal_of_a_period_adds_up_to_its_payments_across_a_return_and_reads_the_same_again()
    {
        var (anna, bob, admin) = (await App.SignIn("anna", "consulent"), await App.SignIn("bob", "financial-officer"), await App.SignIn("ad", "admin"));
        var controller = await App.SignIn("cor", "controller");
        await (await admin.Put("/api/accounts/bijzondere-bijstand", Accounts("4410"))).ShouldBe(HttpStatusCode.OK);
        var provider = await admin.RegisteredProvider();
        await bob.SetBudget("10000.00");
        foreach (var (amount, caseReference) in new[] { ("600.00", "Z-1"), ("123.45", "Z-2") })
        {
            var referral = await anna.CommittedReferral(bob, "1000.00", caseReference);
            await bob.ApproveClaim(referral, await anna.RecordedClaim(referral, provider, amount, $"F-{caseReference}"));
        }
        var (batch, transfers) = await bob.BatchAsync();
        await (await bob.Upload(Statement("STMT-1", OwnAccount, [.. transfers.Select(t => Debit(t.Amount, t.EndToEndId))]))).ShouldBe(HttpStatusCode.OK);
        var returned = transfers.Single(t => t.Amount == "600.00").EndToEndId;
        await (await bob.Upload(Statement("STMT-2", OwnAccount, [Return("600.00", returned, "AC04")]))).ShouldBe(HttpStatusCode.OK);
        // Accounts set later, even effective from before, change no line already in the books.
        App.Clock.Advance(Duration.FromMinutes(5));
        await (await admin.Put("/api/accounts/bijzondere-bijstand", Accounts("4499"))).ShouldBe(HttpStatusCode.OK);

        var journal = await controller.GetJson("/api/journal?from=2026-03-01&to=2026-03-31");

        var lines = journal["items"]!.AsArray();
        Assert.Equal(["credit 600.00", "debit 123.45", "debit 600.00"], lines.Select(l => $"{l.Str("side")} {l.Str("amount")}").Order());
        Assert.All(lines, l => Assert.Equal(("2026-03-02", "4410", "KP-6300", "6.3 Inkomensregelingen", "4.3.1 Sociale uitkeringen in geld", batch),
            (l.Str("date"), l.Str("account"), l.Str("costCentre"), l.Str("taskField"), l.Str("category"), l.Str("batch"))));
        Assert.Contains(lines, l => l.Str("side") == "credit" && l.Str("endToEndId") == returned);
        // What it adds up to is what the year paid.
        var paid = (await bob.GetJson("/api/allocation/2026"))["schemes"]!.AsArray().Single(s => s.Str("scheme") == "bijzondere-bijstand").Str("paid");
        Assert.Equal(("723.45", "600.00", "123.45"), (journal.Str("debit"), journal.Str("credit"), paid));
        Assert.Equal(journal.ToJsonString(), (await bob.GetJson("/api/journal?from=2026-03-01&to=2026-03-31")).ToJsonString());
        Assert.Empty((await bob.GetJson("/api/journal?from=2026-02-01&to=2026-02-28"))["items"]!.AsArray());

        var csv = await Csv(controller, "/api/journal?from=2026-03-01&to=2026-03-31");
        Assert.Equal(4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("NL", csv.Replace("NL34", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Praktijk", csv, StringComparison.Ordinal);
        await (await anna.GetAsync("/api/journal?from=2026-03-01&to=2026-03-31")).ShouldBeProblem(403, "forbidden");
        await (await bob.GetAsync("/api/journal?from=2026-03-31&to=2026-03-01")).ShouldBeProblem(400, "validation");
    }

    private static object Accounts(string ledgerAccount) => new
    {
        ledgerAccount, costCentre = "KP-6300", taskField = "6.3 Inkomensregelingen", category = "4.3.1 Sociale uitkeringen in geld",
        effectiveFrom = "2026-01-01", reason = "Rekeningschema 2026",
    };

    private static async Task<string> Csv(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await client.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
