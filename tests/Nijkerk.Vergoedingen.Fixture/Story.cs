using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;

namespace Nijkerk.Vergoedingen.Fixture;

/// <summary>
/// A ledger's history through the API, as a municipality lives it: 2025 in Nijkerk on both routes, closed and
/// sealed on 5 January 2026; then 2026 with a referral in every state, a waitlist, claims to a provider and to
/// a household, a payment by hand, a booked batch, a foundation that confirms, an erased case, another
/// municipality and one added by the region, whose reservation expires. Every step is checked as it goes.
/// </summary>
public sealed class Story(Ledger ledger)
{
    public static readonly Instant Start = Instant.FromUtc(2025, 11, 3, 9, 0);

    /// <summary>The development secret of Nijkerk's webhook (appsettings.Development.json).</summary>
    private const string NijkerkWebhookSecret = "ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rLXNlY3JldC1uaWprZXJr";

    public Dictionary<string, string> Referrals { get; } = [];

    public Dictionary<string, string> Tenants { get; } = [];

    public string Provider { get; private set; } = "";

    public string Batch { get; private set; } = "";

    public string ApprovedClaim { get; private set; } = "";

    public async Task TellAsync()
    {
        var anna = await ledger.As("anna", "consulent");
        var bob = await ledger.As("bob", "financial-officer");
        var admin = await ledger.As("ad", "admin");
        await EightWeeksAsync();

        await bob.Put("/api/quotas/houd-me-vast/2025", new { capacity = 2, reason = "Afspraak met de stichting voor 2025" });
        await bob.Put("/api/budgets/bijzondere-bijstand/2025", new { amount = "5000.00", reason = "Begroting 2025" });
        await bob.Put("/api/quotas/houd-me-vast/2026", new { capacity = 5, reason = "Afspraak met de stichting voor 2026" });
        await bob.Put("/api/budgets/bijzondere-bijstand/2026", new { amount = "20000.00", reason = "Begroting 2026" });
        Provider = (await admin.Post("/api/providers", new { name = "Praktijk De Brug", iban = "NL91 ABNA 0417 1643 00", bic = "ABNANL2A" },
            HttpStatusCode.Created)).Str("id");

        // 2025: two slots, a waitlist, a rejection; money committed, claimed, batched, paid and closed.
        foreach (var name in new[] { "H1", "H2", "H3", "H4" })
        {
            await Request(anna, name, $"Z-2025-{name}", "houd-me-vast", 2025);
        }
        await Request(anna, "B1", "Z-2025-B1", "bijzondere-bijstand", 2025, "1450.00", "200.00");
        await Request(anna, "B2", "Z-2025-B2", "bijzondere-bijstand", 2025, "800.00", "0.00");
        await Request(anna, "B3", "Z-2025-B3", "bijzondere-bijstand", 2025, "300.00", "0.00");
        await Approve(bob, "H1", "Reserved");
        await Approve(bob, "H2", "Reserved");
        await Approve(bob, "H3", "Waitlisted");
        await Reject(bob, "H4");
        await Approve(bob, "B1", "Committed");
        await Approve(bob, "B2", "Committed");
        await Reject(bob, "B3");
        await anna.Post($"/api/referrals/{Referrals["H1"]}/schedule", new { provider = "Praktijk De Brug", startDate = "2025-11-10" });
        await anna.Post($"/api/referrals/{Referrals["B1"]}/schedule", new { provider = "Relatiepraktijk Oost", startDate = "2025-11-10" });
        await Notified(anna, "H1", "H2");

        ledger.Clock.Reset(Instant.FromUtc(2025, 11, 17, 9, 0));
        await anna.Post($"/api/referrals/{Referrals["H1"]}/complete", new { completedOn = "2025-11-17" });
        await anna.Post($"/api/referrals/{Referrals["B1"]}/complete", new { completedOn = "2025-11-17" });
        await bob.Post($"/api/referrals/{Referrals["H1"]}/confirmation", new { placementReference = "HMV-2025-001" });
        var claim = (await anna.Post($"/api/referrals/{Referrals["B1"]}/claims",
            new { invoiceNumber = "F-2025-101", amount = "600.00", payee = Provider }, HttpStatusCode.Created)).Str("claimId");
        await bob.Post($"/api/referrals/{Referrals["B1"]}/claims/{claim}/approve");
        Batch = (await bob.Post("/api/payment-batches", null, HttpStatusCode.Created)).Str("id");
        await bob.Post($"/api/payment-batches/{Batch}/booked");
        await bob.Post($"/api/referrals/{Referrals["H1"]}/close");
        await bob.Post($"/api/referrals/{Referrals["B1"]}/close");

        // 5 January 2026: 2025 is closed and sealed; H2, H3 and B2 move to 2026.
        ledger.Clock.Reset(Instant.FromUtc(2026, 1, 5, 9, 0));
        var seal = await bob.Post("/api/years/2025/close");
        Check(seal["hash"] is not null, "2025 is sealed");

        await Year2026Async(anna, bob);
        await OtherMunicipalitiesAsync();

        var pia = await ledger.As("pia", "privacy-officer");
        var piet = await ledger.As("piet", "privacy-officer");
        var erasure = (await pia.Post("/api/cases/Z-2026-0099/erase", new { reason = "Verzoek van het huishouden" }, HttpStatusCode.Accepted)).Str("id");
        await piet.Post($"/api/cases/Z-2026-0099/erase/{erasure}/confirm");

        ledger.Clock.Reset(Instant.FromUtc(2026, 1, 7, 10, 0));
        await Notified(anna, "H3", "R-b", "R-c");
    }

    private async Task Year2026Async(HttpClient anna, HttpClient bob)
    {
        foreach (var name in new[] { "R-a", "R-b", "R-c", "R-d", "R-e", "R-f", "R-g" })
        {
            await Request(anna, name, $"Z-2026-{name}", "houd-me-vast", 2026);
        }
        await Request(anna, "R-h", "Z-2026-0099", "houd-me-vast", 2026);
        await Approve(bob, "R-b", "Reserved", key: "fixture-approve-r-b");
        await Approve(bob, "R-c", "Reserved");
        await Approve(bob, "R-g", "Reserved");
        await Approve(bob, "R-d", "Waitlisted");
        await Approve(bob, "R-e", "Waitlisted");
        await anna.Post($"/api/referrals/{Referrals["R-f"]}/withdraw", new { reason = "Het stel heeft zelf hulp gevonden" });
        await Reject(bob, "R-h");
        await Notified(anna, "R-b", "R-c", "R-g");
        await anna.Post($"/api/referrals/{Referrals["R-c"]}/schedule", new { provider = "Praktijk De Brug", startDate = "2026-02-02" });
        await anna.Post($"/api/referrals/{Referrals["R-g"]}/schedule", new { provider = "Praktijk Noord", startDate = "2026-01-05" });
        await anna.Post($"/api/referrals/{Referrals["R-g"]}/complete", new { completedOn = "2026-01-05" });
        await bob.Post($"/api/referrals/{Referrals["R-b"]}/notify");
        await ConfirmedByTheFoundationAsync("R-c", "HMV-2026-017");

        await Request(anna, "B4", "Z-2026-B4", "bijzondere-bijstand", 2026, "1000.00", "100.00");
        await Request(anna, "B5", "Z-2026-B5", "bijzondere-bijstand", 2026, "500.00", "0.00");
        await Approve(bob, "B4", "Committed");
        await Approve(bob, "B5", "Committed");
        var household = (await anna.Post($"/api/referrals/{Referrals["B4"]}/claims", new
        {
            invoiceNumber = "K-2026-001", amount = "400.00", payee = "household", iban = "NL02 ABNA 0123 4567 89", name = "Huishouden Z-2026-B4",
        }, HttpStatusCode.Created)).Str("claimId");
        await bob.Post($"/api/referrals/{Referrals["B4"]}/claims/{household}/approve");
        await bob.Post($"/api/referrals/{Referrals["B4"]}/claims/{household}/payments",
            new { amount = "400.00", paidOn = "2026-01-05", reference = "BANK-2026-0001" }, HttpStatusCode.Created);
        var rejected = (await anna.Post($"/api/referrals/{Referrals["B4"]}/claims",
            new { invoiceNumber = "K-2026-002", amount = "100.00", payee = Provider }, HttpStatusCode.Created)).Str("claimId");
        await bob.Post($"/api/referrals/{Referrals["B4"]}/claims/{rejected}/reject", new { reason = "Factuur hoort bij een andere verwijzing" });
        await anna.Post($"/api/referrals/{Referrals["B4"]}/claims", new { invoiceNumber = "K-2026-003", amount = "50.00", payee = Provider },
            HttpStatusCode.Created);
        ApprovedClaim = (await anna.Post($"/api/referrals/{Referrals["B5"]}/claims",
            new { invoiceNumber = "F-2026-7", amount = "300.00", payee = Provider }, HttpStatusCode.Created)).Str("claimId");
        await bob.Post($"/api/referrals/{Referrals["B5"]}/claims/{ApprovedClaim}/approve");
    }

    private async Task OtherMunicipalitiesAsync()
    {
        var eva = await ledger.As("eva", "consulent", "ede");
        var bert = await ledger.As("bert", "financial-officer", "ede");
        await Request(eva, "E1", "Z-2026-E1", "houd-me-vast", 2026);
        await Approve(bert, "E1", "Reserved");
        Tenants["E1"] = "ede";
        await Notified(eva, "E1");

        // Rhenen kept the seeded expiry of seconds: a reservation nobody schedules expires.
        var rita = await ledger.As("rita", "consulent", "rhenen");
        var rene = await ledger.As("rene", "financial-officer", "rhenen");
        await Request(rita, "X1", "Z-2026-X1", "houd-me-vast", 2026);
        await Approve(rene, "X1", "Reserved");
        Tenants["X1"] = "rhenen";
        await Notified(rita, "X1");
        ledger.Clock.Advance(Duration.FromMinutes(1));
        await Calls.Until(async () => (await rita.Get($"/api/referrals/{Referrals["X1"]}")).Str("status") == "Expired", "X1 expires");

        var rob = await ledger.As("rob", "region-admin", "foodvalley");
        await rob.Post("/api/municipalities", Terms("leusden", "Gemeente Leusden", "NL91 ABNA 0417 1643 00", "ABNANL2A", 3, "Besluit portefeuillehoudersoverleg"),
            HttpStatusCode.Created);
        await rob.Put("/api/municipalities/leusden", Terms("leusden", "Gemeente Leusden", "NL91 ABNA 0417 1643 00", "ABNANL2A", 4, "Afspraak met de stichting bijgesteld"));
        var lisa = await ledger.As("lisa", "consulent", "leusden");
        var lars = await ledger.As("lars", "financial-officer", "leusden");
        await Request(lisa, "L1", "Z-2026-L1", "houd-me-vast", 2026);
        await Approve(lars, "L1", "Reserved");
        Tenants["L1"] = "leusden";
        await Notified(lisa, "L1");
    }

    /// <summary>Nijkerk and Ede keep a reservation eight weeks; the configuration seeded every municipality with seconds.</summary>
    private async Task EightWeeksAsync()
    {
        var rob = await ledger.As("rob", "region-admin", "foodvalley");
        await rob.Put("/api/municipalities/nijkerk", Terms("nijkerk", "Gemeente Nijkerk", "NL34BNGH0285000001", "BNGHNL2G", 10, "Reserveringen acht weken"));
        await rob.Put("/api/municipalities/ede", Terms("ede", "Gemeente Ede", "NL77BNGH0285000003", "BNGHNL2G", 10, "Reserveringen acht weken"));
    }

    private static object Terms(string slug, string name, string iban, string bic, int capacity, string reason) => new
    {
        slug, name, iban, bic, schemes = new[] { "houd-me-vast", "bijzondere-bijstand" }, defaultCapacity = capacity,
        reservationExpiry = slug == "leusden" ? "28.00:00:00" : "56.00:00:00", reason,
    };

    /// <summary>The foundation posts its placement itself, signed with the municipality's secret.</summary>
    private async Task ConfirmedByTheFoundationAsync(string name, string placement)
    {
        var body = $"{{\"referralId\":\"{Referrals[name]}\",\"municipality\":\"nijkerk\",\"placementReference\":\"{placement}\"}}";
        var (id, timestamp) = ($"fixture-{name}", ledger.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(NijkerkWebhookSecret), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/houd-me-vast/nijkerk") { Content = Calls.Json(body) };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", $"v1,{signature}");
        using var response = await ledger.Anonymous().SendAsync(request);
        Check(response.StatusCode == HttpStatusCode.NoContent, $"the foundation's webhook is taken ({(int)response.StatusCode})");
    }

    private async Task Request(HttpClient consulent, string name, string caseReference, string scheme, int year, string? cost = null, string? own = null)
    {
        object body = cost is null
            ? new { caseReference, scheme, year, motivation = $"Eigen Plan en Doorbraakmethode doorlopen ({name})" }
            : new { caseReference, scheme, year, motivation = $"Draagkracht beoordeeld ({name})", cost, ownContribution = own };
        Referrals[name] = (await consulent.Post("/api/referrals", body, HttpStatusCode.Created)).Str("id");
        Tenants.TryAdd(name, "nijkerk");
    }

    private async Task Approve(HttpClient officer, string name, string status, string? key = null)
    {
        var answer = await officer.Post($"/api/referrals/{Referrals[name]}/approve", new { reason = "Past binnen het beleid" }, HttpStatusCode.OK, key);
        Check(answer.Str("status") == status, $"{name} is {status} after its approval, not {answer.Str("status")}");
    }

    private Task Reject(HttpClient officer, string name) =>
        officer.Post($"/api/referrals/{Referrals[name]}/reject", new { reason = "Past niet binnen het beleid" });

    /// <summary>The foundation has heard of each of these reservations: nothing waits in the outbox for them.</summary>
    private Task Notified(HttpClient reader, params string[] names) => Calls.Until(async () =>
    {
        foreach (var name in names)
        {
            var referral = await reader.Get($"/api/referrals/{Referrals[name]}");
            if (referral["notification"]?.GetValue<string>() is not ("Sent" or "Confirmed"))
            {
                return false;
            }
        }
        return true;
    }, $"the foundation hears of {string.Join(", ", names)}");

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The story went otherwise: {what}");
        }
    }
}
