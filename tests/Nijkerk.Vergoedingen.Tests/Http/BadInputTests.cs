using System.Text;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Http;

/// <summary>Anything a client can send gets a problem with a code, never a 500, and changes no table at all.</summary>
public class BadInputTests(LedgerApp app) : LedgerTest(app)
{
    private const string Json = "application/json";
    private static readonly string TooLong = new('x', 2001);

    public static TheoryData<string, string, string, string, int, string, string?> Cases => new()
    {
        // method, url, body, content type, status, code, field named in errors
        { "POST", "/api/referrals", "{\"caseReference\": \"Z-1\", \"scheme\": ", Json, 400, "validation", null },
        { "POST", "/api/referrals", "", Json, 400, "validation", null },
        { "POST", "/api/referrals", "null", Json, 400, "validation", null },
        { "POST", "/api/referrals", "[1, 2]", Json, 400, "validation", null },
        { "POST", "/api/referrals", "{}", Json, 400, "validation", "caseReference" },
        { "POST", "/api/referrals", Body(scheme: "\"relatietherapie\""), Json, 400, "validation", "scheme" },
        { "POST", "/api/referrals", Body(year: "2025"), Json, 400, "validation", "year" },
        { "POST", "/api/referrals", Body(year: "2031"), Json, 400, "validation", "year" },
        { "POST", "/api/referrals", Body(year: "\"twintig\""), Json, 400, "validation", null },
        { "POST", "/api/referrals", Body(year: "2026.5"), Json, 400, "validation", null },
        { "POST", "/api/referrals", Body(caseReference: "\"123456782\""), Json, 400, "validation", "caseReference" },
        { "POST", "/api/referrals", Body(caseReference: $"\"Z-{new string('1', 40)}\""), Json, 400, "validation", "caseReference" },
        { "POST", "/api/referrals", Body(motivation: $"\"{TooLong}\""), Json, 400, "validation", "motivation" },
        { "POST", "/api/referrals", Body(motivation: "\"   \""), Json, 400, "validation", "motivation" },
        { "POST", "/api/referrals", Body(extra: ", \"cost\": \"100.00\""), Json, 400, "validation", "cost" },
        { "POST", "/api/referrals", Money("\"-5.00\"", "\"0.00\""), Json, 400, "validation", "cost" },
        { "POST", "/api/referrals", Money("\"1450.005\"", "\"0.00\""), Json, 400, "validation", "cost" },
        { "POST", "/api/referrals", Money("\"1.450,00\"", "\"0.00\""), Json, 400, "validation", "cost" },
        { "POST", "/api/referrals", Money("1450", "\"0.00\""), Json, 400, "validation", null },
        { "POST", "/api/referrals", Money("\"100000000.01\"", "\"0.00\""), Json, 400, "validation", "cost" },
        { "POST", "/api/referrals", Money("\"0.00\"", "\"0.00\""), Json, 400, "validation", "cost" },
        { "POST", "/api/referrals", Money("\"100.00\"", "\"100.01\""), Json, 400, "validation", "ownContribution" },
        { "POST", "/api/referrals", Money("\"100.00\"", "null"), Json, 400, "validation", "ownContribution" },
        { "POST", "/api/referrals", Body(), "text/plain", 415, "validation", null },
        { "POST", "/api/referrals/{id}/approve", "{}", Json, 400, "validation", "reason" },
        { "POST", "/api/referrals/{id}/approve", $"{{\"reason\": \"{TooLong}\"}}", Json, 400, "validation", "reason" },
        { "POST", "/api/referrals/not-an-id/approve", "{\"reason\": \"x\"}", Json, 404, "not-found", null },
        { "POST", "/api/referrals/{id}/reject", "{\"reason\": 42}", Json, 400, "validation", null },
        { "POST", "/api/referrals/{id}/schedule", "{\"provider\": \"De Brug\"}", Json, 400, "validation", "startDate" },
        { "POST", "/api/referrals/{id}/schedule", "{\"provider\": \"De Brug\", \"startDate\": \"2026-02-30\"}", Json, 400, "validation", null },
        { "POST", "/api/referrals/{id}/schedule", "{\"provider\": \"De Brug\", \"startDate\": \"14-03-2026\"}", Json, 400, "validation", null },
        { "POST", "/api/referrals/{id}/complete", "{}", Json, 400, "validation", "completedOn" },
        { "POST", "/api/referrals/{id}/withdraw", "{\"reason\": \"\"}", Json, 400, "validation", "reason" },
        { "PUT", "/api/quotas/houd-me-vast/2026", "{\"capacity\": -1, \"reason\": \"x\"}", Json, 400, "validation", "capacity" },
        { "PUT", "/api/quotas/houd-me-vast/2026", "{\"capacity\": 1001, \"reason\": \"x\"}", Json, 400, "validation", "capacity" },
        { "PUT", "/api/quotas/houd-me-vast/2026", "{\"capacity\": \"tien\", \"reason\": \"x\"}", Json, 400, "validation", null },
        { "PUT", "/api/quotas/houd-me-vast/2026", "{\"capacity\": 10}", Json, 400, "validation", "reason" },
        { "PUT", "/api/quotas/houd-me-vast/2024", "{\"capacity\": 10, \"reason\": \"x\"}", Json, 400, "validation", "year" },
        { "PUT", "/api/quotas/houd-me-vast/year", "{\"capacity\": 10, \"reason\": \"x\"}", Json, 400, "validation", "year" },
        { "PUT", "/api/quotas/onbekend/2026", "{\"capacity\": 10, \"reason\": \"x\"}", Json, 400, "validation", "scheme" },
        { "PUT", "/api/budgets/bijzondere-bijstand/2026", "{\"amount\": \"-1.00\", \"reason\": \"x\"}", Json, 400, "validation", "amount" },
        { "PUT", "/api/budgets/bijzondere-bijstand/2026", "{\"amount\": \"1.001\", \"reason\": \"x\"}", Json, 400, "validation", "amount" },
        { "PUT", "/api/budgets/bijzondere-bijstand/2026", "{\"reason\": \"x\"}", Json, 400, "validation", "amount" },
        { "PUT", "/api/budgets/bijzondere-bijstand/2026", "{\"amount\": \"10.00\", \"reason\": \"x\"}", "application/xml", 415, "validation", null },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"-1.00\"", "\"household\"", "\"NL91ABNA0417164300\""), Json, 400, "validation", "amount" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"0.00\"", "\"household\"", "\"NL91ABNA0417164300\""), Json, 400, "validation", "amount" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"10.001\"", "\"household\"", "\"NL91ABNA0417164300\""), Json, 400, "validation", "amount" },
        { "POST", "/api/referrals/{id}/claims", Claim("null", "\"10.00\"", "\"household\"", "\"NL91ABNA0417164300\""), Json, 400, "validation", "invoiceNumber" },
        { "POST", "/api/referrals/{id}/claims", Claim($"\"{new string('9', 36)}\"", "\"10.00\"", "\"household\"", "\"NL91ABNA0417164300\""), Json, 400, "validation", "invoiceNumber" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"10.00\"", "\"iemand\"", "null"), Json, 400, "validation", "payee" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"10.00\"", "\"household\"", "null"), Json, 400, "validation", "iban" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"10.00\"", "\"household\"", "\"NL91ABNA0417164301\""), Json, 400, "validation", "iban" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"10.00\"", $"\"{Guid.NewGuid()}\"", "null"), Json, 400, "validation", "payee" },
        { "POST", "/api/referrals/{id}/claims/{id}/payments", "{\"amount\": \"x\", \"paidOn\": \"2026-03-01\", \"reference\": \"B\"}", Json, 400, "validation", "amount" },
        { "POST", "/api/referrals/{id}/claims/{id}/payments", "{\"amount\": \"1.00\", \"paidOn\": \"2026-13-01\", \"reference\": \"B\"}", Json, 400, "validation", null },
        { "POST", "/api/referrals/{id}/claims/{id}/payments", "{\"amount\": \"1.00\", \"paidOn\": \"2026-03-01\"}", Json, 400, "validation", "reference" },
        { "POST", "/api/referrals/{id}/claims/{id}/payments", $"{{\"amount\": \"1.00\", \"paidOn\": \"2026-03-01\", \"reference\": \"{new string('R', 36)}\"}}", Json, 400, "validation", "reference" },
        { "POST", "/api/referrals/{id}/claims/{id}/reject", "{}", Json, 400, "validation", "reason" },
        { "POST", "/api/providers", "{\"iban\": \"NL91ABNA0417164300\"}", Json, 400, "validation", "name" },
        { "POST", "/api/providers", "{\"name\": \"De Brug\", \"iban\": \"NL91ABNA0417164300\", \"bic\": \"ABN\"}", Json, 400, "validation", "bic" },
        { "POST", "/api/providers", $"{{\"name\": \"{new string('n', 71)}\", \"iban\": \"NL91ABNA0417164300\"}}", Json, 400, "validation", "name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_problem_with_a_code_and_appends_nothing(
        string method, string url, string body, string contentType, int status, string code, string? field)
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.RequestedReferral();
        var client = url.StartsWith("/api/providers") ? await App.SignIn("ad", "admin")
            : url.EndsWith("/api/referrals") || url.Contains("schedule") || url.Contains("complete") || url.Contains("withdraw") ? anna : bob;
        var before = await App.SnapshotAsync();

        var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{id}", id))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        var problem = await (await client.SendAsync(request)).ShouldBeProblem(status, code);

        if (field is not null)
        {
            Assert.NotNull(problem["errors"]?[field]);
        }
        await App.ShouldBeUnchangedSince(before);
    }

    public static TheoryData<string, string, string, string> OtherDigits => new()
    {
        // method, url, body, field named in errors
        { "POST", "/api/referrals", Money("\"١٢٣.٠٠\"", "\"0.00\""), "cost" },
        { "POST", "/api/referrals", Money("\"100.00\"", "\"１２.００\""), "ownContribution" },
        { "POST", "/api/referrals", Money("\"१००.००\"", "\"0.00\""), "cost" },
        { "POST", "/api/referrals", Money("\"100.00\\n\"", "\"0.00\""), "cost" },
        { "PUT", "/api/budgets/bijzondere-bijstand/2026", "{\"amount\": \"٢٥٠٠٠.٠٠\", \"reason\": \"x\"}", "amount" },
        { "POST", "/api/referrals/{id}/claims", Claim("\"F-1\"", "\"６００.００\"", "\"household\"", "\"NL91ABNA0417164300\""), "amount" },
        { "POST", "/api/referrals/{id}/claims/{id}/payments", "{\"amount\": \"١.٠٠\", \"paidOn\": \"2026-03-01\", \"reference\": \"B\"}", "amount" },
    };

    /// <summary>.NET's \d and char.IsDigit take Arabic-Indic, Devanagari and full-width digits, which the decimal parser does not.</summary>
    [Theory]
    [MemberData(nameof(OtherDigits))]
    public async Task An_amount_in_digits_other_than_0_to_9_is_a_validation_problem_naming_its_field(string method, string url, string body, string field)
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var id = await anna.RequestedReferral();
        var client = url == "/api/referrals" ? anna : bob;
        var before = await App.SnapshotAsync();

        var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{id}", id)) { Content = new StringContent(body, Encoding.UTF8, Json) };
        var problem = await (await client.SendAsync(request)).ShouldBeProblem(400, "validation");

        Assert.NotNull(problem["errors"]?[field]);
        await App.ShouldBeUnchangedSince(before);
    }

    [Fact]
    public async Task An_idempotency_key_that_is_too_long_is_a_validation_problem()
    {
        var anna = await App.SignIn("anna", "consulent");

        var response = await anna.Post("/api/referrals", Steps.HoudMeVast(), idempotencyKey: new string('k', 201));

        await response.ShouldBeProblem(400, "validation");
        Assert.Equal(0, await App.EventCountAsync());
    }

    [Fact]
    public async Task An_unknown_route_is_a_not_found_problem()
    {
        var anna = await App.SignIn("anna", "consulent");

        await (await anna.GetAsync("/api/nothing-here")).ShouldBeProblem(404, "not-found");
    }

    private static string Body(string caseReference = "\"Z-2026-0001\"", string scheme = "\"houd-me-vast\"", string year = "2026",
        string motivation = "\"Eigen Plan doorlopen\"", string extra = "") =>
        $"{{\"caseReference\": {caseReference}, \"scheme\": {scheme}, \"year\": {year}, \"motivation\": {motivation}{extra}}}";

    private static string Claim(string invoiceNumber, string amount, string payee, string iban) =>
        $"{{\"invoiceNumber\": {invoiceNumber}, \"amount\": {amount}, \"payee\": {payee}, \"iban\": {iban}}}";

    private static string Money(string cost, string ownContribution) =>
        Body(scheme: "\"bijzondere-bijstand\"", extra: $", \"cost\": {cost}, \"ownContribution\": {ownContribution}");
}
