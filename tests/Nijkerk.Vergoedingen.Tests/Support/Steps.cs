using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>Reusable steps and checks for driving the API the way a client does.</summary>
public static class Steps
{
    public const string Year = "2026";

    public static Task<HttpResponseMessage> Send(
        this HttpClient client, HttpMethod method, string url, object? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object? body = null, string? idempotencyKey = null) =>
        client.Send(HttpMethod.Post, url, body, idempotencyKey);

    public static Task<HttpResponseMessage> Put(this HttpClient client, string url, object? body = null, string? idempotencyKey = null) =>
        client.Send(HttpMethod.Put, url, body, idempotencyKey);

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<JsonObject> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    /// <summary>Asserts an RFC 9457 problem with the API's <c>code</c>, and returns it.</summary>
    public static async Task<JsonObject> ShouldBeProblem(this HttpResponseMessage response, int status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status} {code}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        Assert.Equal(status, problem["status"]?.GetValue<int>());
        return problem;
    }

    public static async Task<JsonObject> ShouldBe(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static string Str(this JsonNode? node, string name) => node![name]!.GetValue<string>();

    public static async Task SetQuota(this HttpClient officer, int capacity, string year = Year) =>
        await (await officer.Put($"/api/quotas/houd-me-vast/{year}", new { capacity, reason = "Afspraak met de stichting" })).ShouldBe(HttpStatusCode.OK);

    public static async Task SetBudget(this HttpClient officer, string amount, string year = Year) =>
        await (await officer.Put($"/api/budgets/bijzondere-bijstand/{year}", new { amount, reason = "Begroting" })).ShouldBe(HttpStatusCode.OK);

    public static object HoudMeVast(string caseReference = "Z-2026-0001", int year = 2026) =>
        new { caseReference, scheme = "houd-me-vast", year, motivation = "Eigen Plan en Doorbraakmethode doorlopen" };

    public static object BijzondereBijstand(string cost, string ownContribution, string caseReference = "Z-2026-0002", int year = 2026) =>
        new { caseReference, scheme = "bijzondere-bijstand", year, motivation = "Draagkracht beoordeeld", cost, ownContribution };

    /// <summary>Requests a training and returns the new referral's id.</summary>
    public static async Task<string> RequestedReferral(this HttpClient consulent, object? body = null)
    {
        var created = await (await consulent.Post("/api/referrals", body ?? HoudMeVast())).ShouldBe(HttpStatusCode.Created);
        return created.Str("id");
    }

    public static async Task<JsonObject> Approve(this HttpClient officer, string id, string reason = "Past binnen het beleid") =>
        await (await officer.Post($"/api/referrals/{id}/approve", new { reason })).ShouldBe(HttpStatusCode.OK);

    public static async Task<string> ApprovedReferral(this HttpClient consulent, HttpClient officer, object? body = null)
    {
        var id = await consulent.RequestedReferral(body);
        await officer.Approve(id);
        return id;
    }
}

/// <summary>Steps for the money flow of bijzondere bijstand.</summary>
public static class MoneySteps
{
    public static async Task<string> RegisteredProvider(this HttpClient admin, string name = "Praktijk De Brug", string iban = "NL91 ABNA 0417 1643 00")
    {
        var created = await (await admin.Post("/api/providers", new { name, iban, bic = "ABNANL2A" })).ShouldBe(HttpStatusCode.Created);
        return created.Str("id");
    }

    /// <summary>A bijzondere-bijstand referral with this much committed, in a year with room for it.</summary>
    public static async Task<string> CommittedReferral(this HttpClient consulent, HttpClient officer, string committed, string caseReference = "Z-2026-0002")
    {
        var id = await consulent.RequestedReferral(Steps.BijzondereBijstand(committed, "0.00", caseReference));
        await officer.Approve(id);
        return id;
    }

    public static async Task<string> RecordedClaim(this HttpClient recorder, string referralId, string payee, string amount, string invoiceNumber = "F-2026-17")
    {
        var created = await (await recorder.Post($"/api/referrals/{referralId}/claims", new { invoiceNumber, amount, payee })).ShouldBe(HttpStatusCode.Created);
        return created.Str("claimId");
    }

    public static async Task<JsonObject> ApproveClaim(this HttpClient officer, string referralId, string claimId) =>
        await (await officer.Post($"/api/referrals/{referralId}/claims/{claimId}/approve")).ShouldBe(HttpStatusCode.OK);
}
