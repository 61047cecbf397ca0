using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Nijkerk.Vergoedingen.Tests.Support;
using static Nijkerk.Vergoedingen.Tests.Support.BankStatementFiles;

namespace Nijkerk.Vergoedingen.Tests.BankStatements;

/// <summary>
/// The bank's statement books what the bank paid: a payment batch's own transfers, read back from a camt.053 statement
/// of the municipality's account, are booked once — not again from the same statement, nor after a booking by hand —
/// and what the ledger did not write is left for a person, never guessed at.
/// </summary>
public class BankStatementTests(LedgerApp app) : LedgerTest(app)
{
    private const string OwnAccount = "NL34BNGH0285000001";
    private HttpClient _anna = null!;
    private HttpClient _bob = null!;
    private string _provider = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _anna = await App.SignIn("anna", "consulent");
        _bob = await App.SignIn("bob", "financial-officer");
        _provider = await (await App.SignIn("ad", "admin")).RegisteredProvider();
        await _bob.SetBudget("10000.00");
    }

    [Fact]
    public async Task A_statement_made_of_a_batchs_own_file_books_its_payments_and_the_batch_once()
    {
        var (first, second) = (await ApprovedClaim("600.00", "Z-1"), await ApprovedClaim("123.45", "Z-2"));
        var (batch, transfers) = await BatchAsync();
        var statement = Statement("STMT-2026-061", OwnAccount, [
            .. transfers.Select(t => Debit(t.Amount, t.EndToEndId)),
            Debit("89.95", "NOTPROVIDED"),
            new XElement(Camt + "Ntry", Amount("250.00"), new XElement(Camt + "CdtDbtInd", "CRDT"), Booked("2026-03-02"), new XElement(Camt + "AcctSvcrRef", "BANK-IN-1")),
        ]);

        var read = await (await Upload(statement)).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("STMT-2026-061", 4, 2, 0, 2), (read.Str("statement"), Int(read, "entries"), Int(read, "booked"), Int(read, "alreadyBooked"), read["unmatched"]!.AsArray().Count));
        Assert.Equal(["250.00", "89.95"], read["unmatched"]!.AsArray().Select(u => u.Str("amount")).Order());
        Assert.All(read["unmatched"]!.AsArray(), u => Assert.Equal("2026-03-02", u.Str("bookingDate")));
        Assert.Equal("Booked", (await _bob.GetJson($"/api/payment-batches/{batch}")).Str("status"));
        foreach (var (referral, paid, committed) in new[] { (first.Referral, "600.00", "400.00"), (second.Referral, "123.45", "876.55") })
        {
            var view = await _anna.GetJson($"/api/referrals/{referral}");
            Assert.Equal((paid, committed), (view.Str("paid"), view.Str("committed")));
        }
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]!.AsArray().Single(s => s.Str("scheme") == "bijzondere-bijstand");
        Assert.Equal("723.45", budget.Str("paid"));

        // The same statement again books nothing, and says so.
        var events = await App.EventCountAsync();
        var again = await (await Upload(statement)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal((0, 2, true), (Int(again, "booked"), Int(again, "alreadyBooked"), again["readBefore"]!.GetValue<bool>()));
        Assert.Equal(events, await App.EventCountAsync());
        // The batch, booked by the statement, is not booked again by hand.
        await (await _bob.Post($"/api/payment-batches/{batch}/booked")).ShouldBeProblem(409, "invalid-transition");
    }

    [Fact]
    public async Task A_statement_in_the_newer_camt_053_001_08_books_as_the_common_version_does()
    {
        await ApprovedClaim("600.00", "Z-1");
        var (batch, transfers) = await BatchAsync();
        var newer = Statement("STMT-08", OwnAccount, [.. transfers.Select(t => Debit(t.Amount, t.EndToEndId))])
            .Replace("camt.053.001.02", "camt.053.001.08", StringComparison.Ordinal)
            .Replace("<Sts>BOOK</Sts>", "<Sts><Cd>BOOK</Cd></Sts>", StringComparison.Ordinal);
        Assert.Contains("<Cd>BOOK</Cd>", newer);

        var read = await (await Upload(newer)).ShouldBe(HttpStatusCode.OK);

        Assert.Equal((1, 0), (Int(read, "booked"), read["unmatched"]!.AsArray().Count));
        Assert.Equal("Booked", (await _bob.GetJson($"/api/payment-batches/{batch}")).Str("status"));
    }

    [Fact]
    public async Task A_payment_booked_by_hand_and_then_reported_by_the_bank_is_not_booked_twice()
    {
        var claim = await ApprovedClaim("600.00", "Z-1");
        var (batch, transfers) = await BatchAsync();
        await (await _bob.Post($"/api/payment-batches/{batch}/booked")).ShouldBe(HttpStatusCode.OK);
        var events = await App.EventCountAsync();

        var read = await (await Upload(Statement("STMT-1", OwnAccount, [.. transfers.Select(t => Debit(t.Amount, t.EndToEndId))]))).ShouldBe(HttpStatusCode.OK);

        Assert.Equal((0, 1, 0), (Int(read, "booked"), Int(read, "alreadyBooked"), read["unmatched"]!.AsArray().Count));
        Assert.Equal("600.00", (await _anna.GetJson($"/api/referrals/{claim.Referral}")).Str("paid"));
        // Only the statement's own record is new.
        Assert.Equal(events + 1, await App.EventCountAsync());
    }

    [Fact]
    public async Task A_batch_executed_in_part_books_what_the_bank_reports_and_the_rest_by_hand()
    {
        var (first, second) = (await ApprovedClaim("600.00", "Z-1"), await ApprovedClaim("123.45", "Z-2"));
        var (batch, transfers) = await BatchAsync();
        var reported = transfers.Single(t => t.Amount == "600.00");
        // One transfer reported, and one for a cent less than the ledger sent: that one is not the ledger's payment.
        var read = await (await Upload(Statement("STMT-2", OwnAccount, [Debit(reported.Amount, reported.EndToEndId),
            Debit("123.44", transfers.Single(t => t.Amount == "123.45").EndToEndId)]))).ShouldBe(HttpStatusCode.OK);

        Assert.Equal((1, 1), (Int(read, "booked"), read["unmatched"]!.AsArray().Count));
        Assert.Equal("Open", (await _bob.GetJson($"/api/payment-batches/{batch}")).Str("status"));
        Assert.Equal(("600.00", "0.00"), ((await _anna.GetJson($"/api/referrals/{first.Referral}")).Str("paid"), (await _anna.GetJson($"/api/referrals/{second.Referral}")).Str("paid")));

        await (await _bob.Post($"/api/payment-batches/{batch}/booked")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(("600.00", "123.45"), ((await _anna.GetJson($"/api/referrals/{first.Referral}")).Str("paid"), (await _anna.GetJson($"/api/referrals/{second.Referral}")).Str("paid")));
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]!.AsArray().Single(s => s.Str("scheme") == "bijzondere-bijstand");
        Assert.Equal("723.45", budget.Str("paid"));
    }

    [Fact]
    public async Task A_returned_payment_is_reversed_and_its_claim_is_paid_again_in_the_next_batch_under_a_transfer_of_its_own()
    {
        var (first, second) = (await ApprovedClaim("600.00", "Z-1"), await ApprovedClaim("123.45", "Z-2"));
        var (_, transfers) = await BatchAsync();
        await (await Upload(Statement("STMT-1", OwnAccount, [.. transfers.Select(t => Debit(t.Amount, t.EndToEndId))]))).ShouldBe(HttpStatusCode.OK);
        var closedAccount = transfers.Single(t => t.Amount == "600.00").EndToEndId;

        // Weeks later the bank brings the 600.00 back: the payee's account was closed.
        var returns = Statement("STMT-2", OwnAccount, [Return("600.00", closedAccount, "AC04")]);
        var read = await (await Upload(returns)).ShouldBe(HttpStatusCode.OK);

        Assert.Equal((0, 1, 0), (Int(read, "booked"), Int(read, "returned"), read["unmatched"]!.AsArray().Count));
        var referral = await _anna.GetJson($"/api/referrals/{first.Referral}");
        Assert.Equal(("0.00", "1000.00"), (referral.Str("paid"), referral.Str("committed")));
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]!.AsArray().Single(s => s.Str("scheme") == "bijzondere-bijstand");
        Assert.Equal(("123.45", "1876.55"), (budget.Str("paid"), budget.Str("committed")));
        var trail = (await _bob.GetJson($"/api/referrals/{first.Referral}/events"))["items"]!.AsArray();
        var reversal = Assert.Single(trail, e => e.Str("type") == "payment_returned");
        Assert.Equal(("AC04", "bob"), (reversal!["data"]!.Str("reason"), reversal.Str("user")));
        // The same return again reverses nothing.
        var twice = await (await Upload(returns)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal((0, true), (Int(twice, "returned"), twice["readBefore"]!.GetValue<bool>()));

        // The claim is payable again: the next batch takes it, under an end-to-end id of its own, and the bank's report books it.
        var (next, again) = await BatchAsync();
        var transfer = Assert.Single(again);
        Assert.Equal("600.00", transfer.Amount);
        Assert.NotEqual(closedAccount, transfer.EndToEndId);
        var paid = await (await Upload(Statement("STMT-3", OwnAccount, [Debit(transfer.Amount, transfer.EndToEndId)]))).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, Int(paid, "booked"));
        Assert.Equal("600.00", (await _anna.GetJson($"/api/referrals/{first.Referral}")).Str("paid"));
        Assert.Equal("Booked", (await _bob.GetJson($"/api/payment-batches/{next}")).Str("status"));
        Assert.Equal("123.45", (await _anna.GetJson($"/api/referrals/{second.Referral}")).Str("paid"));
    }

    [Theory]
    [InlineData("another account")]
    [InlineData("not xml")]
    [InlineData("another message")]
    [InlineData("an entity bomb")]
    public async Task A_statement_of_another_account_an_unreadable_file_or_an_xml_bomb_is_refused_and_changes_nothing(string what)
    {
        await ApprovedClaim("600.00", "Z-1");
        var (_, transfers) = await BatchAsync();
        var events = await App.EventCountAsync();
        var body = what switch
        {
            "another account" => Statement("STMT-X", "NL91ABNA0417164300", [.. transfers.Select(t => Debit(t.Amount, t.EndToEndId))]),
            "not xml" => "Datum;Bedrag\n2026-03-02;600,00",
            "another message" => new XDocument(new XElement(Pain + "Document", new XElement(Pain + "CstmrCdtTrfInitn"))).ToString(),
            _ => """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>&lol2;</Id></Stmt></BkToCstmrStmt></Document>""",
        };

        await (await Upload(body)).ShouldBeProblem(400, "validation");

        Assert.Equal(events, await App.EventCountAsync());
    }

    [Fact]
    public async Task A_statement_sent_as_json_is_not_read()
    {
        var sent = await _bob.PostAsync("/api/bank-statements", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, sent.StatusCode);
        Assert.Equal("application/problem+json", sent.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string Referral, string Claim)> ApprovedClaim(string amount, string caseReference)
    {
        var referral = await _anna.CommittedReferral(_bob, "1000.00", caseReference);
        var claim = await _anna.RecordedClaim(referral, _provider, amount, $"F-{caseReference}");
        await _bob.ApproveClaim(referral, claim);
        return (referral, claim);
    }

    private Task<HttpResponseMessage> Upload(string statement) => _bob.Upload(statement);

    private Task<(string Batch, IReadOnlyList<(string Amount, string EndToEndId)> Transfers)> BatchAsync() => _bob.BatchAsync();

    private static int Int(JsonObject json, string name) => json[name]!.GetValue<int>();
}
