// One referral through the API with the C# client Kiota generated from the served OpenAPI document. It is
// compiled against the generated types, so a schema a generator reads as an empty object (a date, an
// allocation line) fails to compile or to assert here.
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ledger.Client;
using Ledger.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var baseUrl = Environment.GetEnvironmentVariable("LEDGER_BASE_URL") ?? throw new InvalidOperationException("LEDGER_BASE_URL");
var year = int.Parse(Environment.GetEnvironmentVariable("LEDGER_YEAR") ?? "", System.Globalization.CultureInfo.InvariantCulture);
var today = DateTime.ParseExact(Environment.GetEnvironmentVariable("LEDGER_TODAY") ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

var anna = await SignInAsync("anna", "consulent");
var bob = await SignInAsync("bob", "financial-officer");

var requested = await anna.Api.V1.Referrals.PostAsync(new RequestTrainingRequest
{
    CaseReference = $"Z-{year}-0202",
    Scheme = "houd-me-vast",
    Year = year,
    Motivation = "Eigen Plan en Doorbraakmethode doorlopen",
});
Check(requested is { Status: ReferralStatus.Requested, Id: not null, RequestedAt: not null }, "the request is created", requested?.Status);
var id = requested!.Id!;
Console.WriteLine($"requested: {requested.Status}");

// A consulent may not approve: the refusal is a typed problem with its code.
try
{
    await anna.Api.V1.Referrals[id].Approve.PostAsync(new ReasonRequest { Reason = "Zelf goedgekeurd" });
    Check(false, "a consulent cannot approve", "approved");
}
catch (Problem problem)
{
    Check(problem.ResponseStatusCode == 403 && problem.Code == "forbidden", "a consulent's approval is refused as forbidden", problem.Code);
    Console.WriteLine($"refused: {problem.ResponseStatusCode} {problem.Code}");
}

var approved = await bob.Api.V1.Referrals[id].Approve.PostAsync(new ReasonRequest { Reason = "Past binnen het beleid" });
Check(approved is { Status: ReferralStatus.Reserved, ApprovedBy: "bob" }, "another user approves and a slot is reserved", approved?.Status);
Console.WriteLine($"approved: {approved!.Status}");

var scheduled = await anna.Api.V1.Referrals[id].Schedule.PostAsync(new ScheduleTrainingRequest
{
    Provider = "Praktijk De Brug",
    StartDate = new Date(today),
});
Check(scheduled?.Status == ReferralStatus.Scheduled && scheduled.StartDate.Equals(new Date(today)), "the training is scheduled from today", scheduled?.StartDate);
Console.WriteLine($"scheduled: {scheduled!.Status} {scheduled.StartDate}");

var read = await bob.Api.V1.Referrals[id].GetAsync();
Check(read?.StartDate?.Equals(new Date(today)) == true && read.RequestedAt == requested.RequestedAt && read.ApprovedBy == "bob",
    "the referral reads back with its start date", read?.StartDate);
Console.WriteLine($"read: {read!.Status} from {read.StartDate}");

var allocation = await bob.Api.V1.Allocation[year.ToString(System.Globalization.CultureInfo.InvariantCulture)].GetAsync();
var quota = allocation?.Schemes?.Select(s => s.QuotaEntry).OfType<QuotaEntry>().SingleOrDefault();
var budget = allocation?.Schemes?.Select(s => s.BudgetEntry).OfType<BudgetEntry>().SingleOrDefault();
Check(quota is { Kind: QuotaEntry_kind.Quota, Capacity: > 0, Reserved: >= 1 } && quota.Available == quota.Capacity - quota.Reserved - quota.Consumed,
    "the allocation view's quota line has its numbers", quota?.Capacity);
Check(budget is { Kind: BudgetEntry_kind.Budget, Budget: not null, Available: not null }, "the allocation view's budget line has its amounts", budget?.Budget);
Console.WriteLine($"allocation: {quota!.Capacity} capacity, {quota.Reserved} reserved, {quota.Available} available; budget {budget!.Budget}");

try
{
    await bob.Api.V1.Referrals["no-such-referral"].GetAsync();
    Check(false, "an unknown referral is not found", "found");
}
catch (Problem problem)
{
    Check(problem.ResponseStatusCode == 404 && problem.Code == "not-found", "an unknown referral is not-found", problem.Code);
    Console.WriteLine($"unknown: {problem.ResponseStatusCode} {problem.Code}");
}

Console.WriteLine($"{{\"id\":\"{id}\",\"status\":\"{read.Status}\"}}");

// Tokens come from the Development-only /dev/token, which is not part of the client API.
async Task<LedgerClient> SignInAsync(string user, string role)
{
    using var plain = new HttpClient { BaseAddress = new Uri(baseUrl) };
    var answer = await plain.PostAsJsonAsync("/dev/token", new { user, roles = new[] { role }, tenant = "nijkerk" });
    answer.EnsureSuccessStatusCode();
    var token = (await answer.Content.ReadFromJsonAsync<TokenAnswer>())!.Token;
    var http = new HttpClient();
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return new LedgerClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl });
}

static void Check(bool condition, string what, object? seen)
{
    if (!condition)
    {
        throw new InvalidOperationException($"{what}; got {seen ?? "null"}");
    }
}

internal sealed record TokenAnswer(string Token);
