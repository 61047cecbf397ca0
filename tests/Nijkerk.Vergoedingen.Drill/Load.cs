using System.Collections.Concurrent;
using System.Globalization;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>A write the ledger acknowledged with a 2xx: this event must be on this stream exactly once.</summary>
public sealed record Ack(string What, string Stream, string EventType, string? Field, string? Value, bool Retried)
{
    public DateTimeOffset Sent { get; init; }

    public DateTimeOffset Received { get; init; }

    /// <summary>How often this write's event is on its stream: 1 is right, 0 lost, more doubled.</summary>
    public int TimesIn(ILookup<string, Stored> byStream) => byStream[Stream]
        .Count(e => e.Type == EventType && (Field is null || e.Str(Field) == Value));
}

/// <summary>
/// The mixed load: consulenten request trainings on both routes, the financial officer approves them as
/// they come (racing on one houd-me-vast year and one budget year), records and approves claims, books
/// payments and books each one again under the same bank reference, and some referrals are withdrawn.
/// A share of the writes lose their first answer and are asked again under the same key.
/// </summary>
public sealed class Load(Ledger ledger, string consulent, string officer, string provider, int year, string run)
{
    public ConcurrentQueue<Ack> Acks { get; } = new();

    public ConcurrentDictionary<string, int> Refusals { get; } = new();

    /// <summary>Answers outside 2xx that no valid request should get.</summary>
    public ConcurrentQueue<string> Unexpected { get; } = new();

    public int Requests;

    public Task RunAsync(int clients, DateTimeOffset until) => RunAsync(clients, () => DateTimeOffset.UtcNow < until);

    public async Task RunAsync(int clients, Func<bool> goOn)
    {
        await Task.WhenAll(Enumerable.Range(1, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            for (var round = 1; goOn(); round++)
            {
                var tag = $"{run}-{client}-{round}";
                if (random.NextDouble() < 0.6)
                {
                    await HoudMeVastAsync(random, tag);
                }
                else
                {
                    await BijzondereBijstandAsync(random, tag);
                }
            }
        })));
    }

    private async Task HoudMeVastAsync(Random random, string tag)
    {
        if (await RequestAsync(random, new { caseReference = $"Z-{tag}", scheme = "houd-me-vast", year, motivation = "Oefening" }) is not { } id)
        {
            return;
        }
        var approved = await WriteAsync("approve", officer, $"/api/referrals/{id}/approve", new { reason = "Past binnen beleid" }, Drop(random), id, "referral_approved");
        if (approved.Ok && random.NextDouble() < 0.3)
        {
            await WriteAsync("withdraw", consulent, $"/api/referrals/{id}/withdraw", new { reason = "Teruggetrokken" }, Drop(random), id, "referral_withdrawn", "invalid-transition");
        }
    }

    private async Task BijzondereBijstandAsync(Random random, string tag)
    {
        if (await RequestAsync(random, new { caseReference = $"Z-{tag}", scheme = "bijzondere-bijstand", year, motivation = "Oefening", cost = "1000.00", ownContribution = "0.00" }) is not { } id)
        {
            return;
        }
        var approved = await WriteAsync("approve", officer, $"/api/referrals/{id}/approve", new { reason = "Draagkracht getoetst" }, Drop(random), id, "referral_approved", "budget-exhausted");
        if (!approved.Ok)
        {
            return;
        }
        if (random.NextDouble() < 0.2)
        {
            await WriteAsync("withdraw", consulent, $"/api/referrals/{id}/withdraw", new { reason = "Teruggetrokken" }, Drop(random), id, "referral_withdrawn");
            return;
        }
        var claim = await WriteAsync("claim", consulent, $"/api/referrals/{id}/claims", new { invoiceNumber = $"F-{tag}", amount = "400.00", payee = provider },
            Drop(random), id, "claim_recorded", field: "invoiceNumber", value: $"F-{tag}");
        if (!claim.Ok)
        {
            return;
        }
        var claimId = claim.Str("claimId");
        await WriteAsync("claim approval", officer, $"/api/referrals/{id}/claims/{claimId}/approve", new { reason = "Factuur klopt" }, Drop(random), id, "claim_approved", field: "claimId", value: claimId);
        // The bank statement is read twice at once: the same reference must book one payment.
        var reference = $"BANK-{tag}";
        var payment = new { amount = "400.00", paidOn = $"{year}-06-01", reference };
        var (first, second) = (Drop(random), Drop(random));
        var twice = await Task.WhenAll(
            WriteAsync("payment", officer, $"/api/referrals/{id}/claims/{claimId}/payments", payment, first, id, "payment_booked", "idempotency-conflict", "reference", reference),
            WriteAsync("payment", officer, $"/api/referrals/{id}/claims/{claimId}/payments", payment, second, id, "payment_booked", "idempotency-conflict", "reference", reference));
        if (!twice.Any(answer => answer.Ok))
        {
            Unexpected.Enqueue($"neither booking of {reference} was acknowledged");
        }
    }

    /// <summary>
    /// Withdraws whoever still waits for a houd-me-vast slot, so the expiries after the load free slots
    /// nobody takes and the year comes to rest: then every reservation's end can be counted.
    /// </summary>
    public async Task<int> EmptyWaitlistAsync()
    {
        var withdrawn = 0;
        while (true)
        {
            var page = await ledger.SendAsync(consulent, HttpMethod.Get, $"/api/referrals?year={year}&scheme=houd-me-vast&status=Waitlisted&pageSize=100");
            var ids = page.Body?["items"]?.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList() ?? [];
            if (ids.Count == 0)
            {
                return withdrawn;
            }
            foreach (var chunk in ids.Chunk(16))
            {
                await Task.WhenAll(chunk.Select(id => WriteAsync("withdraw", consulent, $"/api/referrals/{id}/withdraw", new { reason = "Einde oefening" },
                    false, id, "referral_withdrawn", "invalid-transition")));
            }
            withdrawn += ids.Count;
        }
    }

    private async Task<string?> RequestAsync(Random random, object body)
    {
        var answer = await ledger.SendAsync(consulent, HttpMethod.Post, "/api/referrals", body, Drop(random));
        Interlocked.Increment(ref Requests);
        if (answer.Status != 201)
        {
            Unexpected.Enqueue($"request {answer.Status} {answer.Code}");
            return null;
        }
        var id = answer.Str("id");
        Acks.Enqueue(new("request", id, "training_requested", null, null, answer.Attempts > 1) { Sent = answer.Sent, Received = answer.Received });
        return id;
    }

    /// <summary>
    /// A write whose 2xx must leave <paramref name="eventType"/> on the referral's stream once; <paramref name="expected"/>
    /// is the refusal the race may rightly give (counted), anything else outside 2xx is reported.
    /// </summary>
    private async Task<Answer> WriteAsync(string what, string token, string path, object body, bool drop, string id, string eventType,
        string? expected = null, string? field = null, string? value = null)
    {
        var answer = await ledger.SendAsync(token, HttpMethod.Post, path, body, drop);
        Interlocked.Increment(ref Requests);
        if (answer.Ok)
        {
            Acks.Enqueue(new(what, id, eventType, field, value, answer.Attempts > 1) { Sent = answer.Sent, Received = answer.Received });
        }
        else if (answer.Code is { } code && code == expected)
        {
            Refusals.AddOrUpdate($"{what}: {code}", 1, (_, n) => n + 1);
        }
        else
        {
            Unexpected.Enqueue($"{what} {(int)answer.Status} {answer.Code}");
        }
        return answer;
    }

    private static bool Drop(Random random) => random.NextDouble() < 0.1;

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
