using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.BankStatements;

public sealed record ImportBankStatement(StatementFile Statement, Actor Actor) : ICommand<BankStatementDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(ImportBankStatement), $"statement {Statement.Id}", Actor);

    /// <summary>The command for a statement's file, or why the file cannot be read (400 <c>validation</c>).</summary>
    public static Checked<ImportBankStatement> Create(Stream file, Actor actor)
    {
        var (statement, problem) = Camt053.Read(file);
        return statement is null
            ? Refusal.Validation("statement", Rules.Shape, problem!)
            : new ImportBankStatement(statement, actor);
    }
}

public static class ImportBankStatementEndpoint
{
    [Microsoft.AspNetCore.Mvc.Consumes("application/xml", "text/xml")]
    [WolverinePost("/api/bank-statements")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static async Task<Results<Ok<BankStatementDetails>, ProblemHttpResult>> Post(
        HttpRequest request, ClaimsPrincipal user, CommandBus commands, HttpContext http)
    {
        // Read whole before parsing: the XML reader reads synchronously, and the body's size is bounded by Transport.
        using var file = new MemoryStream();
        await request.Body.CopyToAsync(file, http.RequestAborted);
        file.Position = 0;
        return await commands.SendAsync(http, ImportBankStatement.Create(file, user.ActorFor(Roles.FinancialOfficer))).Ok();
    }
}

public static class ImportBankStatementHandler
{
    public static async Task<Outcome<BankStatementDetails>> Handle(
        ImportBankStatement command, IDocumentSession session, MunicipalityDirectory municipalities, IClock clock, CancellationToken cancellation)
    {
        var statement = command.Statement;
        var own = (await municipalities.FindAsync(command.Actor.Tenant, cancellation))?.Terms.Iban;
        var read = await session.Events.FetchForWriting<BankStatement>(BankStatement.StreamKey(statement.Account, statement.Id), cancellation);
        if (read.Aggregate is { Id.Length: > 0 } before)
        {
            return BankStatementDetails.From(before, readBefore: true);
        }
        var transfers = statement.Entries.Where(e => e.Debit && e.EndToEndId is not null).Select(e => e.EndToEndId!).Distinct().ToArray();
        var booked = (await session.LoadManyAsync<PaymentReference>(cancellation, transfers)).ToDictionary(p => p.Id);
        var open = (await session.Query<PaymentBatch>().ToListAsync(cancellation))
            .Where(b => !b.IsBooked && b.Items.Any(i => transfers.Contains(i.EndToEndId))).OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        // Batches, then years, each in a fixed order, as the booking of a batch by hand takes them: two never wait crosswise.
        var streams = new List<IEventStream<object>> { read };
        foreach (var batch in open)
        {
            streams.Add(await session.Events.FetchForExclusiveWriting<PaymentBatch>(batch.Id, cancellation));
        }
        var items = open.SelectMany(b => b.Items).Where(i => transfers.Contains(i.EndToEndId)).ToList();
        var years = new List<BudgetYear>();
        foreach (var key in items.Select(i => BudgetYear.StreamKey(i.Scheme, i.Year)).Distinct().Order(StringComparer.Ordinal))
        {
            var year = await session.Events.FetchForExclusiveWriting<BudgetYear>(key, cancellation);
            streams.Add(year);
            if (year.Aggregate is { } known)
            {
                years.Add(known);
            }
        }
        var referrals = await ReferralStreams.FetchManyAsync(session, items.Select(i => i.ReferralId).Distinct(), cancellation);
        streams.AddRange(referrals);
        var decision = Decide(command, own, open, [.. referrals.Select(r => (Referral)r.Aggregate!)], years, booked, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, [.. streams]);
        var imported = decision.Changes.Select(c => c.Event).OfType<BankStatementImported>().Single();
        return BankStatementDetails.From(new BankStatement().Evolve(imported)!, readBefore: false);
    }

    /// <summary>
    /// Each debit whose <c>EndToEndId</c> is a transfer of an open batch, for exactly its amount, books that payment on
    /// the entry's booking date; one booked before (by hand, or by an earlier statement) books nothing; everything
    /// else is left unmatched, with why. A batch whose every transfer is booked is booked.
    /// </summary>
    public static Decision Decide(
        ImportBankStatement command, string? ownIban, IReadOnlyList<PaymentBatch> openBatches, IReadOnlyList<Referral> referrals,
        IReadOnlyList<BudgetYear> years, IReadOnlyDictionary<string, PaymentReference> booked, Instant now)
    {
        var (statement, actor) = (command.Statement, command.Actor);
        if (ownIban is null)
        {
            return Refusal.InvalidTransition($"The municipality's own account is not set: the region's admin sets it (PUT /api/municipalities/{actor.Tenant}).");
        }
        if (statement.Account != Iban.Normalize(ownIban))
        {
            return Refusal.Validation("statement", Rules.OtherAccount, "The statement is of another account than the municipality's own.");
        }
        var changes = new List<Change>();
        var unmatched = new List<UnmatchedEntry>();
        var (alreadyBooked, now_booked) = (0, new Dictionary<string, PaymentBooked>());
        foreach (var entry in statement.Entries)
        {
            var item = entry.EndToEndId is { } e2e ? openBatches.SelectMany(b => b.Items).FirstOrDefault(i => i.EndToEndId == e2e) : null;
            var why = Why(entry, item, booked, now_booked, referrals, years);
            if (why == "booked before")
            {
                alreadyBooked++;
                continue;
            }
            if (why is not null)
            {
                unmatched.Add(new UnmatchedEntry(entry.Amount, entry.BookingDate, entry.Reference, why));
                continue;
            }
            var batch = openBatches.First(b => b.Items.Contains(item!));
            var paid = new PaymentBooked(item!.ReferralId, item.ClaimId, item.Scheme, item.Year, item.Amount, entry.BookingDate, item.EndToEndId, batch.Id,
                actor.User, actor.Role, now);
            now_booked[item.EndToEndId] = paid;
            changes.Add(new(item.ReferralId, paid));
            changes.Add(new(BudgetYear.StreamKey(item.Scheme, item.Year), paid));
        }
        foreach (var batch in openBatches.Where(b => b.Items.All(i => booked.ContainsKey(i.EndToEndId) || now_booked.ContainsKey(i.EndToEndId))))
        {
            var last = batch.Items.Select(i => now_booked.TryGetValue(i.EndToEndId, out var p) ? p.PaidOn : booked[i.EndToEndId].PaidOn).Max();
            changes.Add(new(batch.Id, new PaymentBatchBooked(batch.Id, last, actor.User, actor.Role, now)));
        }
        changes.Add(new(BankStatement.StreamKey(statement.Account, statement.Id), new BankStatementImported(
            statement.Id, statement.Account, statement.Entries.Count, now_booked.Count, alreadyBooked, 0, [.. unmatched], actor.User, actor.Role, now)));
        // Each transfer's end-to-end id is its bank reference: booked once, here, by hand or by the batch.
        return Decision.To(changes).With([.. now_booked.Values.Select(p => DocumentChange.Insert(new PaymentReference(p.Reference, p.ReferralId, p.ClaimId, p.Amount, p.PaidOn)))]);
    }

    /// <summary>Why an entry books nothing now; nothing when it books its transfer.</summary>
    private static string? Why(
        StatementEntry entry, BatchItem? item, IReadOnlyDictionary<string, PaymentReference> booked, IReadOnlyDictionary<string, PaymentBooked> bookedNow,
        IReadOnlyList<Referral> referrals, IReadOnlyList<BudgetYear> years)
    {
        if (!entry.Debit || entry.EndToEndId is not { } e2e)
        {
            return entry.Debit ? "no transfer of the ledger" : "money in";
        }
        if (booked.TryGetValue(e2e, out var before) || bookedNow.ContainsKey(e2e))
        {
            return (before?.Amount ?? bookedNow[e2e].Amount) == entry.Amount ? "booked before" : "amount differs from the payment booked";
        }
        if (item is null)
        {
            return "no transfer of the ledger";
        }
        if (item.Amount != entry.Amount)
        {
            return "amount differs from the transfer";
        }
        var referral = referrals.Single(r => r.Id == item.ReferralId);
        if (referral.ClaimOf(item.ClaimId) is not { } claim || claim.BatchId is null || claim.Unpaid < item.Amount || referral.Committed < item.Amount)
        {
            return "the claim no longer waits for this transfer";
        }
        return years.FirstOrDefault(y => y.Scheme == item.Scheme && y.Year == item.Year) is { Closed: true } ? "its year is closed" : null;
    }
}
