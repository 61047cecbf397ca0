using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Payments;

public class PaymentBatchTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private HttpClient _anna = null!;
    private HttpClient _bob = null!;
    private string _provider = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _anna = await App.SignIn("anna", "consulent");
        _bob = await App.SignIn("bob", "financial-officer");
        _provider = await (await App.SignIn("ad", "admin")).RegisteredProvider("Praktijk Één & Twee");
        await _bob.SetBudget("10000.00");
    }

    private async Task<(string Referral, string Claim)> ApprovedClaim(string amount, string invoice, string caseReference, object? payee = null)
    {
        var referral = await _anna.CommittedReferral(_bob, "1000.00", caseReference);
        var body = payee ?? new { invoiceNumber = invoice, amount, payee = _provider };
        var claim = (await (await _anna.Post($"/api/referrals/{referral}/claims", body)).ShouldBe(HttpStatusCode.Created)).Str("claimId");
        await _bob.ApproveClaim(referral, claim);
        return (referral, claim);
    }

    [Fact]
    public async Task A_batch_gathers_the_approved_unpaid_claims_into_a_sepa_file_that_validates_and_adds_up()
    {
        await ApprovedClaim("600.00", "F-1", "Z-1");
        await ApprovedClaim("123.45", "F-2", "Z-2");
        await ApprovedClaim("0.00", "", "Z-3", new { invoiceNumber = "Bon 7", amount = "75.10", payee = "household", iban = "NL02ABNA0123456789", name = "J. de Vries" });
        var referral = await _anna.CommittedReferral(_bob, "1000.00", "Z-4");
        await _anna.RecordedClaim(referral, _provider, "99.00", "F-not-approved");

        var batch = await (await _bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created);
        var file = await _bob.GetAsync($"/api/payment-batches/{batch.Str("id")}/file");

        Assert.Equal((3, "798.55"), (batch["claims"]!.GetValue<int>(), batch.Str("controlSum")));
        Assert.Equal("application/xml", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Empty(SepaSchema.Errors(bytes));
        var xml = XDocument.Load(new MemoryStream(bytes));
        var amounts = xml.Descendants(Pain + "InstdAmt").Select(a => decimal.Parse(a.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(798.55m, amounts.Sum());
        Assert.Equal("798.55", xml.Descendants(Pain + "GrpHdr").Single().Element(Pain + "CtrlSum")!.Value);
        Assert.Equal("3", xml.Descendants(Pain + "PmtInf").Single().Element(Pain + "NbOfTxs")!.Value);
        Assert.Equal("NL34BNGH0285000001", xml.Descendants(Pain + "DbtrAcct").Single().Descendants(Pain + "IBAN").Single().Value);
        Assert.Contains("Praktijk Een Twee", xml.Descendants(Pain + "Cdtr").Select(c => c.Element(Pain + "Nm")!.Value));
        Assert.Contains("NL02ABNA0123456789", xml.Descendants(Pain + "CdtrAcct").Select(c => c.Descendants(Pain + "IBAN").Single().Value));
    }

    [Fact]
    public async Task Names_in_other_scripts_reach_the_bank_transliterated_in_a_file_that_validates()
    {
        var admin = await App.SignIn("ad", "admin");
        var cyrillic = await admin.RegisteredProvider("Практика Мост", "NL02ABNA0123456789");
        var arabic = await admin.RegisteredProvider("عيادة الجسر", "NL91ABNA0417164300");
        await ApprovedClaim("", "", "Z-1", new { invoiceNumber = "Счёт-17", amount = "100.00", payee = cyrillic });
        await ApprovedClaim("", "", "Z-2", new { invoiceNumber = "فاتورة 7", amount = "50.00", payee = arabic });
        await ApprovedClaim("", "", "Z-3", new { invoiceNumber = "F-3", amount = "25.00", payee = "household", iban = "NL91ABNA0417164300", name = "Ирина Петрова" });
        var batch = await (await _bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created);

        var bytes = await (await _bob.GetAsync($"/api/payment-batches/{batch.Str("id")}/file")).Content.ReadAsByteArrayAsync();

        Assert.Empty(SepaSchema.Errors(bytes));
        var xml = XDocument.Load(new MemoryStream(bytes));
        var names = xml.Descendants(Pain + "Cdtr").Select(c => c.Element(Pain + "Nm")!.Value).ToList();
        var texts = xml.Descendants().Where(e => e.Name.LocalName is "Nm" or "Ustrd").Select(e => e.Value).ToList();
        Assert.Contains("Praktika Most", names);
        Assert.Contains("Irina Petrova", names);
        Assert.All(texts, t => Assert.Matches(@"^[a-zA-Z0-9/\-?:().,'+ ]+\z", t));
        Assert.Equal(3, names.Distinct().Count());
        Assert.Contains(xml.Descendants(Pain + "Ustrd"), u => u.Value.StartsWith("Factuur Sch", StringComparison.Ordinal) && u.Value.Contains("-17 zaak Z-1"));
    }

    [Fact]
    public async Task A_claim_is_never_in_two_open_batches()
    {
        await ApprovedClaim("600.00", "F-1", "Z-1");
        await (await _bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created);

        await (await _bob.Post("/api/payment-batches")).ShouldBeProblem(409, "invalid-transition");
    }

    [Fact]
    public async Task Concurrent_batches_share_out_the_claims_without_overlap()
    {
        for (var i = 1; i <= 6; i++)
        {
            await ApprovedClaim("100.00", $"F-{i}", $"Z-{i}");
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _bob.Post("/api/payment-batches")));

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.All(responses.Except(created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var counts = await Task.WhenAll(created.Select(async r => (await r.Json())["claims"]!.GetValue<int>()));
        Assert.Equal(6, counts.Sum());
        var batched = await App.Database.EventsAsync("select type, data->>'claimId' from {schema}.mt_events where type = 'claim_batched'");
        Assert.Equal(6, batched.Select(b => b.Data).Distinct().Count());
        Assert.Equal(6, batched.Count);
    }

    [Fact]
    public async Task Booking_a_batch_books_every_payment_in_it_once()
    {
        var (referral, claim) = await ApprovedClaim("600.00", "F-1", "Z-1");
        await (await _bob.Post($"/api/referrals/{referral}/claims/{claim}/payments", new { amount = "100.00", paidOn = "2026-03-01", reference = "B-1" }))
            .ShouldBe(HttpStatusCode.Created);
        await ApprovedClaim("200.00", "F-2", "Z-2");
        var batch = (await (await _bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created)).Str("id");

        await (await _bob.Post($"/api/referrals/{referral}/claims/{claim}/payments", new { amount = "500.00", paidOn = "2026-03-01", reference = "B-2" }))
            .ShouldBeProblem(409, "invalid-transition");
        var booked = await (await _bob.Post($"/api/payment-batches/{batch}/booked")).ShouldBe(HttpStatusCode.OK);
        var again = await _bob.Post($"/api/payment-batches/{batch}/booked");

        Assert.Equal(("Booked", "700.00"), (booked.Str("status"), booked.Str("controlSum")));
        await again.ShouldBeProblem(409, "invalid-transition");
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("800.00", "1200.00"), (budget.Str("paid"), budget.Str("committed")));
        Assert.Equal("Paid", (await _bob.GetJson("/api/claims?status=Paid"))["items"]![0].Str("status"));
        Assert.Equal(2, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where type = 'payment_booked' and data->>'batchId' is not null and stream_id not like 'budget%'"));
    }

    [Fact]
    public async Task An_unknown_batch_is_not_found_and_only_financial_roles_see_batches()
    {
        await (await _bob.GetAsync($"/api/payment-batches/{Guid.NewGuid()}/file")).ShouldBeProblem(404, "not-found");
        await (await _bob.Post($"/api/payment-batches/{Guid.NewGuid()}/booked")).ShouldBeProblem(404, "not-found");
        await (await _anna.Post("/api/payment-batches")).ShouldBeProblem(403, "forbidden");
    }
}
