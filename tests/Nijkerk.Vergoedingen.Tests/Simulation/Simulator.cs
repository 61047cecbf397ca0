using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Drill;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>
/// Runs a history against the real app and PostgreSQL: steps marked to go with the next are sent at the same
/// moment, faults are injected where the history says, and after every step the raw events are folded into
/// the model and checked — the invariants of DESIGN.md, what must happen once, the model's predictions and
/// the read models. A broken rule throws, naming the step; at the end every read model must equal its rebuild.
/// </summary>
public sealed class Simulator(SimulatedLedger ledger, FakeClock clock, Coverage coverage)
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly string[] Consulenten = ["anna", "ahmed", "chris"];
    private static readonly string[] Officers = ["bob", "bea", "chris"];

    // Per municipality: the referrals in the order their requests were acknowledged, and a provider.
    private readonly Dictionary<string, List<string>> _referrals = [];
    private readonly Dictionary<string, string> _providers = [];
    private readonly Dictionary<string, Model> _models = [];
    private int _cases, _statements;

    /// <summary>The municipality's own account, which its statements are of (Nijkerk's, as configured for Development).</summary>
    private const string OwnAccount = "NL34BNGH0285000001";

    public async Task RunAsync(History history)
    {
        var time = System.Diagnostics.Stopwatch.StartNew();
        clock.Reset(LedgerApp.DefaultNow);
        await ledger.ResetAsync(coverage);
        foreach (var tenant in SimulatedLedger.Tenants)
        {
            _referrals[tenant] = [];
            var admin = await ledger.As(tenant, "dirk", "admin");
            var provider = await (await admin.PostAsJsonAsync("/api/providers", new { name = "Praktijk De Brug", iban = "NL91ABNA0417164300", bic = "ABNANL2A" })).Content.ReadFromJsonAsync<JsonObject>();
            _providers[tenant] = provider!["id"]!.GetValue<string>();
            // Each municipality starts its year with a budget, as after the council's decision in January.
            await (await ledger.As(tenant, "bob", "financial-officer")).PutAsJsonAsync($"/api/budgets/bijzondere-bijstand/{LedgerApp.DefaultNow.InZone(Amsterdam).Year}",
                new { amount = "10000.00", reason = "Begroting" });
            _models[tenant] = Model.Fold(await ledger.EventsAsync(tenant));
        }
        coverage.History(history.Steps.Count);
        coverage.Took("empty ledger", time.Elapsed);

        var index = 0;
        while (index < history.Steps.Count)
        {
            var group = new List<(int Number, Step Step, bool Twice)>();
            var twice = false;
            do
            {
                var step = history.Steps[index];
                // The clock moves between steps, never under one: a command is decided at one instant.
                if (step.Kind is Kind.Advance or Kind.NewYear && group.Count > 0)
                {
                    break;
                }
                index++;
                if (step.Kind == Kind.DeliverTwice)
                {
                    twice = true;
                    continue;
                }
                group.Add((index, step, twice));
                twice = false;
            }
            while (index < history.Steps.Count && group.Count < 4 && (group.Count == 0 || group[^1].Step.WithNext)
                && group.All(g => g.Step.Kind is not (Kind.Advance or Kind.NewYear)));

            if (group.Count == 0)
            {
                continue;
            }
            if (group.Count > 1)
            {
                coverage.Fault($"{group.Count} commands at the same moment");
            }
            time.Restart();
            var outcomes = await Task.WhenAll(group.Select(g => RunStepAsync(g.Step, g.Twice, alone: group.Count == 1)));
            coverage.Took("steps", time.Elapsed);
            time.Restart();
            await CheckAsync(group.Select(g => g.Number).ToList(), group.Zip(outcomes, (g, o) => (g.Step, o)).ToList());
            coverage.Took("checks", time.Elapsed);
        }
        time.Restart();
        await VerifyProjectionsAsync();
        coverage.Took("replay", time.Elapsed);
    }

    private sealed record Outcome(string Answer, Prediction Prediction, string? Referral);

    private async Task<Outcome?> RunStepAsync(Step step, bool twice, bool alone)
    {
        var tenant = SimulatedLedger.Tenants[step.Tenant % SimulatedLedger.Tenants.Length];
        var model = _models[tenant];
        var referrals = _referrals[tenant];
        var referral = Pick(step, model, referrals);
        var today = clock.GetCurrentInstant().InZone(Amsterdam).Date;
        var year = today.Year;
        var consulent = Consulenten[step.User % Consulenten.Length];
        var officer = Officers[step.User % Officers.Length];
        Task<HttpClient> As(string user) => user switch
        {
            "chris" => ledger.As(tenant, user, "consulent", "financial-officer"),
            "anna" or "ahmed" => ledger.As(tenant, user, "consulent"),
            "carla" => ledger.As(tenant, user, "controller"),
            "pia" or "piet" => ledger.As(tenant, user, "privacy-officer"),
            _ => ledger.As(tenant, user, "financial-officer"),
        };
        async Task<Outcome> Send(string user, HttpMethod method, string url, object? body, Prediction prediction)
        {
            var (answer, json) = await Sent(step.Kind, () => As(user), method, url, body, twice);
            if (step.Kind == Kind.Request && json?["id"]?.GetValue<string>() is { } id)
            {
                lock (referrals)
                {
                    if (!referrals.Contains(id))
                    {
                        referrals.Add(id);
                    }
                }
            }
            return new(answer, prediction, json?["id"]?.GetValue<string>() ?? referral?.Id);
        }
        var reason = new { reason = "Volgens beleid" };

        switch (step.Kind)
        {
            case Kind.Request:
                var cases = Interlocked.Increment(ref _cases);
                object request = step.Number % 2 == 0
                    ? new { caseReference = $"Z-{year}-{cases:0000}", scheme = "houd-me-vast", year, motivation = "Eigen Plan doorlopen" }
                    : new { caseReference = $"Z-{year}-{cases:0000}", scheme = "bijzondere-bijstand", year, motivation = "Draagkracht beoordeeld",
                        cost = Money((step.Number % 20 + 1) * 100), ownContribution = "0.00" };
                return await Send(consulent, HttpMethod.Post, "/api/referrals", request, Prediction.OneOf("201", "201 Requested"));
            case Kind.SetQuota:
                return await Send(officer, HttpMethod.Put, $"/api/quotas/houd-me-vast/{year}", new { capacity = step.Number % 8, reason = "Afspraak met de stichting" },
                    alone ? Prediction.SetQuota(model, year, step.Number % 8) : Prediction.Anything);
            case Kind.SetBudget:
                return await Send(officer, HttpMethod.Put, $"/api/budgets/bijzondere-bijstand/{year}", new { amount = Money((step.Number % 10 + 1) * 2000), reason = "Begroting" },
                    Prediction.Anything);
            case Kind.PaymentBatch:
                var (batched, batch) = await Sent(step.Kind, () => As(officer), HttpMethod.Post, "/api/payment-batches", new { }, twice);
                if (batch?["id"]?.GetValue<string>() is { } batchId)
                {
                    if (step.Number % 2 == 0)
                    {
                        await Sent(step.Kind, () => As(Officers[(step.User + 1) % Officers.Length]), HttpMethod.Post, $"/api/payment-batches/{batchId}/booked", new { }, false);
                    }
                    else
                    {
                        await BankAsync(Kind.PaymentBatch, () => As(officer), batchId, returns: step.Number % 4 != 3, again: step.Number % 8 == 1);
                    }
                }
                return new(batched, Prediction.Anything, null);
            case Kind.CloseYear:
                return await Send(officer, HttpMethod.Post, $"/api/years/{year - 1}/close", new { }, Prediction.Anything);
            case Kind.Advance:
                clock.Advance(Duration.FromDays(step.Number % 30 + 1));
                await DeliverExpiriesAsync();
                return null;
            case Kind.NewYear:
                var newYear = Amsterdam.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant();
                clock.Reset(newYear + Duration.FromSeconds(1));
                // The New Year's message, delivered twice at once to every municipality.
                await Task.WhenAll(SimulatedLedger.Tenants.SelectMany(t => new[] { ledger.InvokeAsync(t, new OpenYear(year + 1)), ledger.InvokeAsync(t, new OpenYear(year + 1)) }));
                coverage.Fault("message delivered twice: OpenYear", SimulatedLedger.Tenants.Length);
                await DeliverExpiriesAsync();
                return null;
            case Kind.TerminateBackends:
                await Task.Delay(step.Number % 10);
                coverage.Fault("backends terminated (pg_terminate_backend)");
                coverage.Check("connections ended by the fault", await ledger.TerminateBackendsAsync());
                return null;
            case Kind.RestartNode:
                await ledger.RestartAsync();
                coverage.Fault("node stopped and started");
                return null;
        }

        if (referral is null)
        {
            coverage.Command(step.Kind, "nothing to act on");
            return null;
        }
        var path = $"/api/referrals/{referral.Id}";
        var claims = referral.Claims.Values.Where(c => step.Kind == Kind.ApproveClaim ? !c.Approved && !c.Rejected : c.Approved && c.Paid < c.Amount).ToList();
        claims = claims.Count > 0 && step.Number % 5 != 0 ? claims : [.. referral.Claims.Values];
        var claim = claims.Count == 0 ? null : claims[step.Number % claims.Count];
        switch (step.Kind)
        {
            case Kind.Approve:
                return await Send(officer, HttpMethod.Post, $"{path}/approve", reason, alone ? Prediction.Approve(model, referral, officer) : Prediction.Anything);
            case Kind.Reject:
                return await Send(officer, HttpMethod.Post, $"{path}/reject", reason, alone ? Prediction.Reject(model, referral, officer) : Prediction.Anything);
            case Kind.Withdraw:
                return await Send(consulent, HttpMethod.Post, $"{path}/withdraw", reason, alone ? Prediction.Withdraw(model, referral) : Prediction.Anything);
            case Kind.Schedule:
                return await Send(consulent, HttpMethod.Post, $"{path}/schedule",
                    new { provider = "Praktijk De Brug", startDate = today.PlusDays(step.Number % 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, Prediction.Anything);
            case Kind.Complete:
                return await Send(consulent, HttpMethod.Post, $"{path}/complete", new { completedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, Prediction.Anything);
            case Kind.CloseReferral:
                return await Send(officer, HttpMethod.Post, $"{path}/close", reason, Prediction.Anything);
            case Kind.RecordClaim:
                return await Send(consulent, HttpMethod.Post, $"{path}/claims",
                    new { invoiceNumber = $"F-{step.Number % 25}", amount = Money((step.Number % 10 + 1) * 100), payee = _providers[tenant] }, Prediction.Anything);
            case Kind.ApproveClaim when claim is not null:
                return await Send(officer, HttpMethod.Post, $"{path}/claims/{claim.Id}/approve", reason,
                    alone && claim.RecordedBy == officer ? Prediction.Only("four-eyes") : Prediction.Anything);
            case Kind.BookPayment when claim is not null:
                var rest = claim.Amount - claim.Paid;
                return await Send(officer, HttpMethod.Post, $"{path}/claims/{claim.Id}/payments",
                    new { amount = Money(rest > 0 ? rest : claim.Amount), paidOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reference = $"BANK-{step.Number % 30}" },
                    Prediction.Anything);
            case Kind.Erase:
                var (erasure, asked) = await Sent(step.Kind, () => As("pia"), HttpMethod.Post, $"/api/cases/{referral.CaseReference}/erase", new { reason = "Verzoek van betrokkene" }, twice);
                if (asked?["id"]?.GetValue<string>() is { } erasureId)
                {
                    await Sent(step.Kind, () => As("piet"), HttpMethod.Post, $"/api/cases/{referral.CaseReference}/erase/{erasureId}/confirm", new { }, false);
                }
                return new(erasure, Prediction.Anything, referral.Id);
            default:
                coverage.Command(step.Kind, "nothing to act on");
                return null;
        }
    }

    /// <summary>
    /// The referral a step acts on: four times in five one it can act on (a requested one to approve, a
    /// committed one to claim on), so histories reach deep into the lifecycle; else any, for the refusals.
    /// </summary>
    private static ReferralState? Pick(Step step, Model model, List<string> order)
    {
        var all = order.Select(id => model.Referrals.GetValueOrDefault(id)).OfType<ReferralState>().ToList();
        Func<ReferralState, bool>? fits = step.Kind switch
        {
            Kind.Approve or Kind.Reject => r => r.Status == "Requested",
            Kind.Schedule => r => r.Status is "Reserved" or "Committed",
            Kind.Complete => r => r.Status == "Scheduled",
            Kind.CloseReferral => r => r.Status == "Completed",
            Kind.RecordClaim => r => !Prediction.IsHoudMeVast(r) && r.Status is "Committed" or "Scheduled" or "Completed",
            Kind.ApproveClaim => r => r.Claims.Values.Any(c => !c.Approved && !c.Rejected),
            Kind.BookPayment => r => r.Claims.Values.Any(c => c.Approved && c.Paid < c.Amount),
            _ => null,
        };
        var fitting = fits is null || step.Number % 5 == 0 ? all : all.Where(fits).ToList();
        var among = fitting.Count > 0 ? fitting : all;
        return among.Count == 0 ? null : among[step.Pick % among.Count];
    }

    /// <summary>
    /// The bank's side of a batch: a camt.053 statement booking every transfer of its SEPA file, and, with
    /// <paramref name="returns"/>, a later statement bringing the first transfer back (account closed) —
    /// with <paramref name="again"/>, that statement read twice.
    /// </summary>
    private async Task BankAsync(Kind kind, Func<Task<HttpClient>> officer, string batch, bool returns, bool again)
    {
        var file = System.Xml.Linq.XDocument.Parse(await FileAsync(officer, $"/api/payment-batches/{batch}/file"));
        var transfers = file.Descendants(BankStatementFiles.Pain + "CdtTrfTxInf")
            .Select(t => (Amount: t.Descendants(BankStatementFiles.Pain + "InstdAmt").Single().Value, EndToEndId: t.Descendants(BankStatementFiles.Pain + "EndToEndId").Single().Value))
            .ToList();
        var statement = BankStatementFiles.Statement($"STMT-{Interlocked.Increment(ref _statements)}", OwnAccount,
            transfers.Select(t => BankStatementFiles.Debit(t.Amount, t.EndToEndId)));
        await Sent(kind, officer, HttpMethod.Post, "/api/bank-statements", null, false, statement);
        if (returns && transfers.Count > 0)
        {
            var back = BankStatementFiles.Statement($"STMT-{Interlocked.Increment(ref _statements)}", OwnAccount,
                [BankStatementFiles.Return(transfers[0].Amount, transfers[0].EndToEndId, "AC04")]);
            coverage.Fault("payment returned by the bank");
            await Sent(kind, officer, HttpMethod.Post, "/api/bank-statements", null, false, back);
            if (again)
            {
                coverage.Fault("bank statement read twice");
                await Sent(kind, officer, HttpMethod.Post, "/api/bank-statements", null, false, back);
            }
        }
    }

    /// <summary>A file read as a careful client reads it: again while a fault answers 5xx or nothing.</summary>
    private static async Task<string> FileAsync(Func<Task<HttpClient>> client, string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await (await client()).GetAsync(url);
                if ((int)response.StatusCode < 500)
                {
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (Exception e) when (e is not HttpRequestException { StatusCode: not null } && attempt < 200)
            {
            }
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Every reservation whose expiry is due by the fake clock gets its expiry message, twice at once, as a
    /// scheduler that fires again after a crash would deliver it.
    /// </summary>
    private async Task DeliverExpiriesAsync()
    {
        var now = clock.GetCurrentInstant();
        var due = new List<Task>();
        foreach (var tenant in SimulatedLedger.Tenants)
        {
            foreach (var held in _models[tenant].Referrals.Values.Where(r => r.Status == "Reserved" && r.ReservedAt is not null))
            {
                var reservedAt = NodaTime.Text.InstantPattern.ExtendedIso.Parse(held.ReservedAt!).Value;
                if (reservedAt + Duration.FromDays(14) <= now)
                {
                    due.Add(ledger.InvokeAsync(tenant, new ExpireReservation(held.Id, reservedAt)));
                    due.Add(ledger.InvokeAsync(tenant, new ExpireReservation(held.Id, reservedAt)));
                    coverage.Fault("message delivered twice: ExpireReservation");
                }
            }
        }
        await Task.WhenAll(due);
    }

    /// <summary>
    /// Sends a command as a careful client does: under an Idempotency-Key, asking again under it while the
    /// answer is a 5xx (a fault in flight); with <paramref name="twice"/>, the same request goes twice at once.
    /// The answer is the status with the referral status a 2xx names, or the problem's code.
    /// </summary>
    private async Task<(string Answer, JsonObject? Body)> Sent(Kind kind, Func<Task<HttpClient>> client, HttpMethod method, string url, object? body, bool twice, string? xml = null)
    {
        var key = Guid.NewGuid().ToString("N");
        if (twice)
        {
            coverage.Fault($"request delivered twice: {kind}");
            var both = await Task.WhenAll(Once(), Once());
            var first = both.FirstOrDefault(b => !b.Answer.StartsWith("idempotency", StringComparison.Ordinal));
            return first.Answer is null ? both[0] : first;
        }
        return await Once();

        async Task<(string Answer, JsonObject? Body)> Once()
        {
            for (var attempt = 1; ; attempt++)
            {
                using var request = new HttpRequestMessage(method, url)
                {
                    Content = xml is not null ? new StringContent(xml, System.Text.Encoding.UTF8, "application/xml") : body is null ? null : JsonContent.Create(body),
                };
                request.Headers.Add("Idempotency-Key", key);
                HttpResponseMessage response;
                try
                {
                    response = await (await client()).SendAsync(request);
                }
                catch (Exception e) when (e is not SimulationFailure && attempt < 200)
                {
                    // The node stopped under the request, or is starting: the answer is lost; ask again under the key.
                    coverage.Fault($"answer lost ({e.GetType().Name}), asked again under the key");
                    await Task.Delay(50);
                    continue;
                }
                using (response)
                {
                    var text = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                    {
                        if (attempt >= 50)
                        {
                            throw new SimulationFailure($"{method} {url} answered {status} {attempt} times: {text}");
                        }
                        coverage.Fault($"{status} in flight, asked again under the key");
                        await Task.Delay(20);
                        continue;
                    }
                    var json = text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null;
                    var answer = status < 300
                        ? json?["status"] is JsonValue named && named.TryGetValue<string>(out var s) ? $"{status} {s}" : $"{status}"
                        : json?["code"]?.GetValue<string>() ?? $"{status}";
                    if (status == 401)
                    {
                        throw new SimulationFailure($"{method} {url} answered 401 to a signed-in user: {text}");
                    }
                    coverage.Command(kind, answer);
                    return (answer, json);
                }
            }
        }
    }

    private async Task CheckAsync(List<int> numbers, List<(Step Step, Outcome? Outcome)> ran)
    {
        var at = $"after step {string.Join(" ‖ ", numbers)}";
        foreach (var tenant in SimulatedLedger.Tenants)
        {
            var events = await ledger.EventsAsync(tenant);
            var model = _models[tenant] = Model.Fold(events);
            var streams = events.GroupBy(e => e.Stream).ToList();
            Holds("quota: reserved + consumed ≤ capacity", Checks.Quota(streams), at);
            Holds("budget: commitments + payments ≤ budget", Checks.Budget(streams), at);
            Holds("payments: within approvals, one per reference and invoice", Checks.Payments(streams), at);
            Holds("four eyes: requester ≠ approver, recorder ≠ claim approver", Checks.FourEyes(streams), at);
            Holds("once: approvals, withdrawals, expiries, carry-overs, claim approvals", model.Repeated, at);
            var unknown = model.Referrals.Keys.Except(_referrals[tenant]).ToList();
            Holds("once: one referral per acknowledged request", unknown.Select(id => $"{id} has no acknowledged request"), at);
            await ReadModelsAsync(tenant, model, at);
        }
        foreach (var (step, outcome) in ran)
        {
            if (outcome is null)
            {
                continue;
            }
            coverage.Check("prediction: the answer the rules give");
            if (!outcome.Prediction.Allows(outcome.Answer))
            {
                throw new SimulationFailure($"{at}: {step} answered {outcome.Answer}; the model allows {string.Join(" or ", outcome.Prediction.Allowed)}");
            }
            var tenant = SimulatedLedger.Tenants[step.Tenant % SimulatedLedger.Tenants.Length];
            if (outcome.Prediction.Leaves is { } leaves && outcome.Referral is { } id && _models[tenant].Referrals[id].Status != leaves)
            {
                throw new SimulationFailure($"{at}: {step} answered {outcome.Answer} but left the referral {_models[tenant].Referrals[id].Status}, not {leaves}");
            }
        }
    }

    /// <summary>What the controller's list shows equals the model folded from the raw events.</summary>
    private async Task ReadModelsAsync(string tenant, Model model, string at)
    {
        var controller = await ledger.As(tenant, "carla", "controller");
        var shown = new Dictionary<string, string>();
        for (var page = 1; ; page++)
        {
            var list = await controller.GetFromJsonAsync<JsonObject>($"/api/referrals?pageSize=100&page={page}");
            var items = list!["items"]!.AsArray();
            foreach (var item in items)
            {
                shown[item!["id"]!.GetValue<string>()] = item["status"]!.GetValue<string>();
            }
            if (items.Count < 100)
            {
                break;
            }
        }
        var differ = model.Referrals.Values.Where(r => shown.GetValueOrDefault(r.Id) != r.Status)
            .Select(r => $"{r.Id}: the list shows {shown.GetValueOrDefault(r.Id) ?? "nothing"}, the events say {r.Status}")
            .Concat(shown.Keys.Except(model.Referrals.Keys).Select(id => $"{id}: listed without events"));
        Holds("read model: the referral list equals the events", differ, at);
    }

    private async Task VerifyProjectionsAsync()
    {
        var store = ledger.Host.Services.GetRequiredService<IDocumentStore>();
        var differences = await new ProjectionVerifier(store).VerifyAsync(CancellationToken.None);
        Holds("replay: every read model equals its rebuild", differences.Select(d => $"{d.Kind}: {d.Document} {d.Id} ({d.Tenant}) {string.Join(", ", d.Fields)}"), "at the end");
    }

    private void Holds(string invariant, IEnumerable<string> breaks, string at)
    {
        var all = breaks.ToList();
        if (all.Count > 0)
        {
            throw new SimulationFailure($"{at}: {invariant} broken: {string.Join("; ", all.Take(5))}");
        }
        coverage.Check(invariant);
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

public sealed class SimulationFailure(string message) : Exception(message);
