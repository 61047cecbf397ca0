using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Commands;

/// <summary>
/// A refused command changes nothing at all: not an event, not a stream, not a row of any document table
/// (registrations, accounts, references, idempotency records) — shown with a snapshot of every table.
/// </summary>
public class RefusalTests(LedgerApp app) : LedgerTest(app)
{
    private HttpClient _anna = null!;
    private HttpClient _bob = null!;
    private HttpClient _fleur = null!;
    private string _provider = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _anna = await App.SignIn("anna", "consulent");
        _bob = await App.SignIn("bob", "financial-officer");
        _fleur = await App.SignIn("fleur", "financial-officer");
        _provider = await (await App.SignIn("dirk", "admin")).RegisteredProvider();
        await _bob.SetBudget("5000.00");
    }

    private async Task Refused(Func<Task<HttpResponseMessage>> send, int status, string code)
    {
        var before = await App.SnapshotAsync();

        await (await send()).ShouldBeProblem(status, code);

        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task A_BSN_in_a_case_reference_or_any_free_text_is_refused_and_changes_nothing()
    {
        var id = await _anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0101"));

        await Refused(() => _anna.Post("/api/referrals", new { caseReference = "Z123456782", scheme = "houd-me-vast", year = 2026, motivation = "Uitzonderlijk" }), 400, "validation");
        await Refused(() => _anna.Post("/api/referrals", new { caseReference = "Z-2026-0102", scheme = "houd-me-vast", year = 2026, motivation = "Vader (1234.56.782) vraagt hulp" }), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{id}/approve", new { reason = "Besproken, bsn 123 456 782" }), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{id}/reject", new { reason = "111222333" }), 400, "validation");
        await Refused(() => _anna.Post($"/api/referrals/{id}/withdraw", new { reason = "Op verzoek van 123-456-782" }), 400, "validation");
    }

    [Fact]
    public async Task A_BSN_in_an_invoice_number_a_payment_or_placement_reference_or_a_provider_name_is_refused_and_changes_nothing()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _anna.RecordedClaim(id, _provider, "600.00", "F-1");
        await _fleur.ApproveClaim(id, claim);
        var reserved = await _anna.ApprovedReferral(_bob, Steps.HoudMeVast("Z-2026-0103"));
        var dirk = await App.SignIn("dirk", "admin");

        await Refused(() => _anna.Post($"/api/referrals/{id}/claims", new { invoiceNumber = "F-123456782", amount = "100.00", payee = _provider }), 400, "validation");
        await Refused(() => _anna.Post($"/api/referrals/{id}/claims",
            new { invoiceNumber = "F-\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662", amount = "100.00", payee = _provider }), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/payments",
            new { amount = "600.00", paidOn = "2026-03-02", reference = "BANK-\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF12" }), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{reserved}/confirmation", new { placementReference = "HMV 123 456 782" }), 400, "validation");
        await Refused(() => dirk.Post("/api/providers", new { name = "Praktijk 123.456.782", iban = "NL91 ABNA 0417 1643 00", bic = "ABNANL2A" }), 400, "validation");
    }

    [Fact]
    public async Task A_claim_a_payment_and_a_claim_decision_on_a_closed_year_change_nothing()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var paidClaim = await _anna.RecordedClaim(id, _provider, "1000.00", "F-1");
        await _bob.ApproveClaim(id, paidClaim);
        await (await _bob.Post($"/api/referrals/{id}/claims/{paidClaim}/payments", new { amount = "1000.00", paidOn = "2026-03-02", reference = "BANK-1" }))
            .ShouldBe(HttpStatusCode.Created);
        var waiting = await _anna.RecordedClaim(id, _provider, "500.00", "F-2");
        App.Clock.Reset(Instant.FromUtc(2027, 1, 12, 9, 0));
        await (await _bob.Post("/api/years/2026/close")).ShouldBe(HttpStatusCode.OK);

        await Refused(() => _anna.Post($"/api/referrals/{id}/claims",
            new { invoiceNumber = "F-3", amount = "100.00", payee = "household", iban = "NL91 ABNA 0417 1643 00", name = "Huishouden" }), 409, "year-closed");
        await Refused(() => _anna.Post($"/api/referrals/{id}/claims", new { invoiceNumber = "F-4", amount = "100.00", payee = _provider }), 409, "year-closed");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{paidClaim}/payments",
            new { amount = "1.00", paidOn = "2027-01-11", reference = "BANK-2" }), 409, "year-closed");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{waiting}/reject", new { reason = "Niet gespecificeerd" }), 409, "year-closed");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{waiting}/approve"), 409, "year-closed");
        await Refused(() => _bob.Post($"/api/referrals/{id}/close"), 409, "year-closed");
        await Refused(() => _bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "9000.00", reason = "Te laat" }), 409, "year-closed");
        await Refused(() => _bob.Put("/api/quotas/houd-me-vast/2026", new { capacity = 12, reason = "Te laat" }), 409, "year-closed");
    }

    [Fact]
    public async Task Refused_referral_decisions_change_nothing()
    {
        var hmv = await _anna.RequestedReferral();
        var money = await _anna.RequestedReferral(Steps.BijzondereBijstand("6000.00", "0.00", "Z-2026-0009"));

        await Refused(() => _anna.Post("/api/referrals", Steps.HoudMeVast(year: 2028)), 400, "validation");
        await Refused(() => _anna.Post("/api/referrals", Steps.HoudMeVast("123456782")), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{money}/approve", new { reason = "Past niet" }), 409, "budget-exhausted");
        await Refused(() => _bob.Post($"/api/referrals/{hmv}/schedule", new { provider = "De Brug", startDate = "2026-04-01" }), 403, "forbidden");
        await Refused(() => _anna.Post($"/api/referrals/{hmv}/schedule", new { provider = "De Brug", startDate = "2026-04-01" }), 409, "invalid-transition");
        await Refused(() => _anna.Post($"/api/referrals/{hmv}/complete", new { completedOn = "2026-03-01" }), 409, "invalid-transition");
        await Refused(() => _bob.Post($"/api/referrals/{hmv}/close"), 409, "invalid-transition");
        await Refused(() => _bob.Post($"/api/referrals/{hmv}/notify"), 409, "invalid-transition");
        await Refused(() => _bob.Post($"/api/referrals/{hmv}/confirmation", new { placementReference = "HMV-1" }), 409, "invalid-transition");

        await _bob.Approve(hmv);
        await Refused(() => _fleur.Post($"/api/referrals/{hmv}/approve", new { reason = "Nog eens" }), 409, "invalid-transition");
        await Refused(() => _fleur.Post($"/api/referrals/{hmv}/reject", new { reason = "Toch niet" }), 409, "invalid-transition");
        await Refused(() => _anna.Post($"/api/referrals/{hmv}/schedule", new { provider = "De Brug", startDate = "2026-02-01" }), 400, "validation");
        await (await _anna.Post($"/api/referrals/{hmv}/schedule", new { provider = "De Brug", startDate = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        await Refused(() => _anna.Post($"/api/referrals/{hmv}/complete", new { completedOn = "2026-03-03" }), 400, "validation");
        await Refused(() => _bob.Put("/api/quotas/houd-me-vast/2026", new { capacity = 0, reason = "Minder" }), 409, "capacity-below-use");
        await Refused(() => _anna.Post($"/api/referrals/{hmv}/withdraw", new { reason = "Gestart" }), 409, "invalid-transition");
    }

    [Fact]
    public async Task Refused_money_commands_change_nothing()
    {
        var id = await _anna.CommittedReferral(_fleur, "1000.00", "Z-2026-0003");
        var claim = await _bob.RecordedClaim(id, _provider, "600.00", "F-1");

        await Refused(() => _anna.Post($"/api/referrals/{id}/claims", new { invoiceNumber = "F-1", amount = "10.00", payee = _provider }), 409, "duplicate-invoice");
        await Refused(() => _anna.Post($"/api/referrals/{id}/claims", new { invoiceNumber = "F-9", amount = "10.00", payee = Guid.NewGuid().ToString() }), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/approve"), 403, "four-eyes");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "1.00", paidOn = "2026-03-02", reference = "B-0" }), 409, "invalid-transition");
        await Refused(() => _bob.Post("/api/payment-batches"), 409, "invalid-transition");
        await Refused(() => _bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "999.99", reason = "Bezuiniging" }), 409, "budget-below-use");
        await Refused(() => _bob.Post("/api/years/2026/close"), 409, "invalid-transition");

        await _fleur.ApproveClaim(id, claim);
        await (await _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "100.00", paidOn = "2026-03-02", reference = "B-1" }))
            .ShouldBe(HttpStatusCode.Created);
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "500.01", paidOn = "2026-03-02", reference = "B-2" }), 409, "overpayment");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "50.00", paidOn = "2026-03-02", reference = "B-1" }), 409, "idempotency-conflict");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "1.00", paidOn = "2026-03-03", reference = "B-3" }), 400, "validation");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/reject", new { reason = "Al goedgekeurd" }), 409, "invalid-transition");
        await Refused(() => _anna.Post($"/api/referrals/{id}/withdraw", new { reason = "Toch niet" }), 409, "invalid-transition");
        await Refused(() => _bob.Post($"/api/referrals/{id}/close"), 409, "invalid-transition");
        var batch = (await (await _bob.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created)).Str("id");
        await (await _bob.Post($"/api/payment-batches/{batch}/booked")).ShouldBe(HttpStatusCode.OK);
        await Refused(() => _bob.Post($"/api/payment-batches/{batch}/booked"), 409, "invalid-transition");
        await Refused(() => _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "1.00", paidOn = "2026-03-02", reference = "B-4" }), 409, "overpayment");
    }

    [Fact]
    public async Task A_refused_request_with_an_idempotency_key_leaves_no_record_and_is_decided_again()
    {
        var id = await _anna.RequestedReferral(Steps.BijzondereBijstand("6000.00", "0.00"));

        await Refused(() => _bob.Post($"/api/referrals/{id}/approve", new { reason = "Akkoord" }, "besluit-1"), 409, "budget-exhausted");
        await _bob.SetBudget("6000.00");

        var approved = await (await _bob.Post($"/api/referrals/{id}/approve", new { reason = "Akkoord" }, "besluit-1")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Committed", approved.Str("status"));
    }
}
