using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Claims;

/// <summary>Claims and payments of bijzondere-bijstand referrals, over HTTP.</summary>
public class ClaimTests(LedgerApp app) : LedgerTest(app)
{
    private HttpClient _anna = null!;
    private HttpClient _bob = null!;
    private HttpClient _carla = null!;
    private string _provider = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _anna = await App.SignIn("anna", "consulent");
        _bob = await App.SignIn("bob", "financial-officer");
        _carla = await App.SignIn("carla", "financial-officer");
        _provider = await (await App.SignIn("ad", "admin")).RegisteredProvider();
        await _bob.SetBudget("10000.00");
    }

    [Fact]
    public async Task A_claim_is_recorded_approved_by_someone_else_and_paid_which_moves_money_from_committed_to_paid()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");

        var recorded = await (await _anna.Post($"/api/referrals/{id}/claims", new { invoiceNumber = "F-2026-17", amount = "600.00", payee = _provider }))
            .ShouldBe(HttpStatusCode.Created);
        var claim = recorded.Str("claimId");
        var approved = await _bob.ApproveClaim(id, claim);
        var paid = await _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "600.00", paidOn = "2026-03-02", reference = "BANK-0001" });

        Assert.Equal(("Submitted", "600.00", _provider), (recorded.Str("status"), recorded.Str("amount"), recorded.Str("payee")));
        Assert.Equal("Approved", approved.Str("status"));
        await paid.ShouldBe(HttpStatusCode.Created);
        var referral = await _anna.GetJson($"/api/referrals/{id}");
        Assert.Equal(("400.00", "600.00"), (referral.Str("committed"), referral.Str("paid")));
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("400.00", "600.00", "9000.00"), (budget.Str("committed"), budget.Str("paid"), budget.Str("available")));
    }

    [Fact]
    public async Task The_recorder_of_a_claim_cannot_approve_it()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _bob.RecordedClaim(id, _provider, "600.00");

        await (await _bob.Post($"/api/referrals/{id}/claims/{claim}/approve")).ShouldBeProblem(403, "four-eyes");
        await _carla.ApproveClaim(id, claim);
    }

    [Fact]
    public async Task Approved_claims_cannot_exceed_the_commitment()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        await _bob.ApproveClaim(id, await _anna.RecordedClaim(id, _provider, "600.00", "F-1"));
        var second = await _anna.RecordedClaim(id, _provider, "400.01", "F-2");
        var before = await App.EventCountAsync();

        await (await _bob.Post($"/api/referrals/{id}/claims/{second}/approve")).ShouldBeProblem(409, "over-commitment");

        Assert.Equal(before, await App.EventCountAsync());
    }

    [Fact]
    public async Task One_invoice_of_one_payee_is_accepted_once_across_referrals()
    {
        var first = await _anna.CommittedReferral(_bob, "1000.00", "Z-1");
        var second = await _anna.CommittedReferral(_bob, "1000.00", "Z-2");
        await _anna.RecordedClaim(first, _provider, "100.00", "F-2026-17");

        var again = await _anna.Post($"/api/referrals/{second}/claims", new { invoiceNumber = "f-2026-17 ", amount = "100.00", payee = _provider });

        await again.ShouldBeProblem(409, "duplicate-invoice");
    }

    [Fact]
    public async Task A_rejected_invoice_can_be_claimed_again()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _anna.RecordedClaim(id, _provider, "100.00");

        var rejected = await (await _bob.Post($"/api/referrals/{id}/claims/{claim}/reject", new { reason = "Bedrag klopt niet" })).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Rejected", rejected.Str("status"));
        await _anna.RecordedClaim(id, _provider, "90.00");
    }

    [Fact]
    public async Task Houd_me_vast_referrals_take_no_claims()
    {
        var id = await _anna.ApprovedReferral(_bob);

        await (await _anna.Post($"/api/referrals/{id}/claims", new { invoiceNumber = "F-1", amount = "100.00", payee = _provider }))
            .ShouldBeProblem(409, "invalid-transition");
    }

    [Fact]
    public async Task A_household_payee_keeps_its_iban_out_of_the_events()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");

        var recorded = await (await _anna.Post($"/api/referrals/{id}/claims",
            new { invoiceNumber = "Bon 12", amount = "75.50", payee = "household", iban = "NL02 ABNA 0123 4567 89" })).ShouldBe(HttpStatusCode.Created);

        Assert.Equal("household", recorded.Str("payee"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where data::text like '%0123456789%'"));
    }

    [Fact]
    public async Task Payments_can_be_partial_but_never_more_than_approved()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _anna.RecordedClaim(id, _provider, "600.00");
        await _bob.ApproveClaim(id, claim);
        var url = $"/api/referrals/{id}/claims/{claim}/payments";

        await (await _bob.Post(url, new { amount = "200.00", paidOn = "2026-03-01", reference = "BANK-1" })).ShouldBe(HttpStatusCode.Created);
        await (await _bob.Post(url, new { amount = "400.01", paidOn = "2026-03-01", reference = "BANK-2" })).ShouldBeProblem(409, "overpayment");
        await (await _bob.Post(url, new { amount = "400.00", paidOn = "2026-03-01", reference = "BANK-3" })).ShouldBe(HttpStatusCode.Created);

        var queue = await _bob.GetJson("/api/claims?status=Paid");
        Assert.Equal("600.00", queue["items"]![0].Str("paid"));
    }

    [Fact]
    public async Task The_same_bank_reference_twice_books_one_payment()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _anna.RecordedClaim(id, _provider, "600.00");
        await _bob.ApproveClaim(id, claim);
        var url = $"/api/referrals/{id}/claims/{claim}/payments";
        await (await _bob.Post(url, new { amount = "100.00", paidOn = "2026-03-01", reference = "BANK-9" })).ShouldBe(HttpStatusCode.Created);

        var replay = await _bob.Post(url, new { amount = "100.00", paidOn = "2026-03-01", reference = "BANK-9" });

        await replay.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("100.00", (await _anna.GetJson($"/api/referrals/{id}")).Str("paid"));
        await (await _bob.Post(url, new { amount = "50.00", paidOn = "2026-03-01", reference = "BANK-9" })).ShouldBeProblem(409, "idempotency-conflict");
    }

    [Fact]
    public async Task An_unapproved_claim_cannot_be_paid()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _anna.RecordedClaim(id, _provider, "600.00");

        await (await _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "600.00", paidOn = "2026-03-01", reference = "B" }))
            .ShouldBeProblem(409, "invalid-transition");
    }

    [Fact]
    public async Task The_work_queue_lists_submitted_claims_oldest_first_with_their_age()
    {
        var first = await _anna.CommittedReferral(_bob, "1000.00", "Z-1");
        var second = await _anna.CommittedReferral(_bob, "1000.00", "Z-2");
        var older = await _anna.RecordedClaim(second, _provider, "100.00", "F-A");
        App.Clock.AdvanceDays(3);
        var newer = await _anna.RecordedClaim(first, _provider, "200.00", "F-B");
        await _bob.ApproveClaim(first, await _anna.RecordedClaim(first, _provider, "50.00", "F-C"));

        var items = (await _bob.GetJson("/api/claims?status=Submitted"))["items"]!.AsArray();

        Assert.Equal([older, newer], items.Select(i => i.Str("claimId")));
        Assert.Equal((3, "Z-2", "anna", "100.00"), (items[0]!["ageInDays"]!.GetValue<int>(), items[0].Str("caseReference"), items[0].Str("recordedBy"), items[0].Str("amount")));
    }

    [Fact]
    public async Task The_work_queue_reads_a_page_at_a_time_and_names_the_next_page_while_there_is_one()
    {
        var first = await _anna.CommittedReferral(_bob, "1000.00", "Z-1");
        var second = await _anna.CommittedReferral(_bob, "1000.00", "Z-2");
        var claims = new List<string>();
        foreach (var (referral, invoice) in new[] { (first, "F-A"), (second, "F-B"), (first, "F-C") })
        {
            claims.Add(await _anna.RecordedClaim(referral, _provider, "100.00", invoice));
            App.Clock.AdvanceDays(1);
        }

        var page = await _bob.GetJson("/api/claims?status=Submitted&pageSize=2");
        var next = await _bob.GetJson($"/api/claims?status=Submitted&pageSize=2&page={page["nextPage"]!.GetValue<int>()}");

        Assert.Equal(claims[..2], page["items"]!.AsArray().Select(i => i.Str("claimId")));
        Assert.Equal(2, page["nextPage"]!.GetValue<int>());
        Assert.Equal([claims[2]], next["items"]!.AsArray().Select(i => i.Str("claimId")));
        Assert.False(next.ContainsKey("nextPage"));
        // A client that asks no page gets the first, as large as the other lists' first.
        Assert.Equal(claims, (await _bob.GetJson("/api/claims?status=Submitted"))["items"]!.AsArray().Select(i => i.Str("claimId")));
        foreach (var tooMuch in new[] { "pageSize=201", "pageSize=0", "page=0", "page=1000001" })
        {
            await (await _bob.GetAsync($"/api/claims?status=Paid&{tooMuch}")).ShouldBeProblem(400, "validation");
        }
    }

    [Fact]
    public async Task Closing_a_completed_referral_releases_what_is_committed_and_unpaid()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");
        var claim = await _anna.RecordedClaim(id, _provider, "600.00");
        await _carla.ApproveClaim(id, claim);
        await (await _bob.Post($"/api/referrals/{id}/claims/{claim}/payments", new { amount = "600.00", paidOn = "2026-03-02", reference = "B-1" })).ShouldBe(HttpStatusCode.Created);
        await (await _anna.Post($"/api/referrals/{id}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);
        await (await _anna.Post($"/api/referrals/{id}/complete", new { completedOn = "2026-03-02" })).ShouldBe(HttpStatusCode.OK);

        var closed = await (await _bob.Post($"/api/referrals/{id}/close")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(("Closed", "0.00", "600.00"), (closed.Str("status"), closed.Str("committed"), closed.Str("paid")));
        var budget = (await _bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("0.00", "600.00", "9400.00"), (budget.Str("committed"), budget.Str("paid"), budget.Str("available")));
        var trail = (await _bob.GetJson($"/api/referrals/{id}/events"))["items"]!.AsArray().Select(i => i.Str("type")).ToList();
        Assert.Equal(["referral_closed", "commitment_released"], trail[^2..]);
    }

    [Fact]
    public async Task A_referral_with_open_claims_or_still_running_cannot_be_closed()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");

        await (await _bob.Post($"/api/referrals/{id}/close")).ShouldBeProblem(409, "invalid-transition");
    }

    [Fact]
    public async Task Unknown_claims_are_not_found()
    {
        var id = await _anna.CommittedReferral(_bob, "1000.00");

        await (await _bob.Post($"/api/referrals/{id}/claims/{Guid.NewGuid()}/approve")).ShouldBeProblem(404, "not-found");
        await (await _bob.Post($"/api/referrals/{Guid.NewGuid()}/claims/{Guid.NewGuid()}/approve")).ShouldBeProblem(404, "not-found");
    }
}
