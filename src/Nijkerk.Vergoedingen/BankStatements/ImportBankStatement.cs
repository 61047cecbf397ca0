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
    public override string ToString() => LogSafe.Describe(nameof(ImportBankStatement), $"statement {Statement?.Id}", Actor);

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
        var read = await session.Events.FetchForWriting<BankStatement>(BankStatement.StreamKey(statement.Account, statement.Id), cancellation);
        if (read.Aggregate is { Id.Length: > 0 } before)
        {
            return BankStatementDetails.From(before, readBefore: true);
        }
        var own = (await municipalities.FindAsync(command.Actor.Tenant, cancellation))?.Terms.Iban;
        var transfers = statement.Entries.Where(e => e.EndToEndId is not null).Select(e => e.EndToEndId!).Distinct().ToArray();
        var open = (await session.Query<PaymentBatch>().Where(b => b.BookedOn == null).ToListAsync(cancellation))
            .Where(b => b.Items.Any(i => transfers.Contains(i.EndToEndId))).OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        // Batches, then years, each in a fixed order, as the booking of a batch by hand takes them: two never wait crosswise.
        var streams = new List<IEventStream<object>> { read };
        foreach (var batch in open)
        {
            streams.Add(await session.Events.FetchForExclusiveWriting<PaymentBatch>(batch.Id, cancellation));
        }
        // Read under the batches' locks: a statement read at the same time has booked what it booked, or not yet begun.
        var booked = (await session.LoadManyAsync<PaymentReference>(cancellation, transfers)).ToDictionary(p => p.Id);
        var returned = (await session.LoadManyAsync<PaymentReturn>(cancellation, transfers)).Select(r => r.Id).ToHashSet();
        var referralIds = open.SelectMany(b => b.Items).Where(i => transfers.Contains(i.EndToEndId)).Select(i => i.ReferralId)
            .Concat(booked.Values.Select(p => p.ReferralId)).Distinct().Order(StringComparer.Ordinal);
        var fetched = await ReferralStreams.FetchManyAsync(session, referralIds, cancellation);
        var referrals = fetched.Select(r => r.Aggregate).OfType<Referral>().Where(r => r.Id.Length > 0).ToList();
        var yearKeys = open.SelectMany(b => b.Items).Select(i => BudgetYear.StreamKey(i.Scheme, i.Year))
            .Concat(booked.Values.Select(p => referrals.FirstOrDefault(r => r.Id == p.ReferralId) is { } r ? BudgetYear.StreamKey(r.Scheme, p.Year ?? r.Year) : null).OfType<string>());
        var years = new List<BudgetYear>();
        foreach (var key in yearKeys.Distinct().Order(StringComparer.Ordinal))
        {
            var year = await session.Events.FetchForExclusiveWriting<BudgetYear>(key, cancellation);
            streams.Add(year);
            if (year.Aggregate is { } known)
            {
                years.Add(known);
            }
        }
        streams.AddRange(fetched);
        var decision = Decide(command, own, new Ledger(open, referrals, years, booked, returned), clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, [.. streams]);
        var imported = decision.Changes.Select(c => c.Event).OfType<BankStatementImported>().Single();
        return BankStatementDetails.From(new BankStatement().Evolve(imported)!, readBefore: false);
    }

    /// <summary>What the ledger knows of the statement's transfers: the open batches, their referrals and years, what was booked and returned.</summary>
    public sealed record Ledger(
        IReadOnlyList<PaymentBatch> OpenBatches, IReadOnlyList<Referral> Referrals, IReadOnlyList<BudgetYear> Years,
        IReadOnlyDictionary<string, PaymentReference> Booked, IReadOnlySet<string> Returned);

    /// <summary>
    /// Each debit whose <c>EndToEndId</c> is a transfer of an open batch, for exactly its amount, books that payment on
    /// the entry's booking date; a credit that returns a booked payment (<c>RtrInf</c>) reverses it, and its claim waits
    /// for a new transfer; what was booked or returned before changes nothing; everything else is left unmatched, with
    /// why. A batch whose every transfer is booked is booked.
    /// </summary>
    public static Decision Decide(ImportBankStatement command, string? ownIban, Ledger ledger, Instant now)
    {
        var (statement, actor) = (command.Statement, command.Actor);
        if (ownIban is null)
        {
            return PaymentBatch.NoOwnAccount(actor.Tenant);
        }
        if (statement.Account != Iban.Normalize(ownIban))
        {
            return Refusal.Validation("statement", Rules.OtherAccount, "The statement is of another account than the municipality's own.");
        }
        var reading = new Reading(ledger, actor, now);
        foreach (var entry in statement.Entries)
        {
            reading.Read(entry);
        }
        foreach (var batch in ledger.OpenBatches.Where(b => b.Items.All(i => ledger.Booked.ContainsKey(i.EndToEndId) || reading.BookedNow.ContainsKey(i.EndToEndId))))
        {
            var last = batch.Items.Select(i => reading.BookedNow.TryGetValue(i.EndToEndId, out var p) ? p.PaidOn : ledger.Booked[i.EndToEndId].PaidOn).Max();
            reading.Changes.Add(new(batch.Id, new PaymentBatchBooked(batch.Id, last, actor.User, actor.Role, now)));
        }
        reading.Changes.Add(new(BankStatement.StreamKey(statement.Account, statement.Id), new BankStatementImported(
            statement.Id, statement.Account, statement.Entries.Count, reading.BookedNow.Count, reading.Before, reading.ReturnedNow.Count,
            [.. reading.Unmatched], actor.User, actor.Role, now)));
        // A transfer's end-to-end id is booked once, and returned once: the registers make a twin's commit fail.
        return Decision.To(reading.Changes).With([
            .. reading.BookedNow.Values.Select(p => DocumentChange.Insert(PaymentReference.Of(p))),
            .. reading.ReturnedNow.Values.Select(r => DocumentChange.Insert(new PaymentReturn(r.Reference, r.ReferralId, r.ClaimId, r.Amount, r.ReturnedOn))),
        ]);
    }

    /// <summary>The statement read entry by entry, each seeing what the ones before it booked or returned.</summary>
    private sealed class Reading(Ledger ledger, Actor actor, Instant now)
    {
        public List<Change> Changes { get; } = [];

        public Dictionary<string, PaymentBooked> BookedNow { get; } = [];

        public Dictionary<string, PaymentReturned> ReturnedNow { get; } = [];

        public List<UnmatchedEntry> Unmatched { get; } = [];

        public int Before { get; private set; }

        public void Read(StatementEntry entry)
        {
            var why = entry switch
            {
                { EndToEndId: null } => entry.Debit ? "no transfer of the ledger" : "money in",
                { Debit: true } => Book(entry, entry.EndToEndId),
                { ReturnReason: { } reason } => Return(entry, entry.EndToEndId, reason),
                _ => "money in",
            };
            if (why == Seen)
            {
                Before++;
            }
            else if (why is not null)
            {
                Unmatched.Add(new UnmatchedEntry(entry.Amount, entry.BookingDate, entry.Reference, why));
            }
        }

        private const string Seen = "seen before";

        private string? Book(StatementEntry entry, string e2e)
        {
            if (Paid(e2e) is { } before)
            {
                return before.Amount == entry.Amount ? Seen : "amount differs from the payment booked";
            }
            var (batch, item) = ledger.OpenBatches.SelectMany(b => b.Items.Select(i => (Batch: b, Item: i))).FirstOrDefault(x => x.Item.EndToEndId == e2e);
            if (item is null)
            {
                return "no transfer of the ledger";
            }
            if (item.Amount != entry.Amount)
            {
                return "amount differs from the transfer";
            }
            var referral = Current(item.ReferralId);
            if (referral?.ClaimOf(item.ClaimId) is not { } claim || claim.BatchId != batch.Id || claim.Unpaid < item.Amount || referral.Committed < item.Amount)
            {
                return "the claim no longer waits for this transfer";
            }
            if (YearClosed(item.Scheme, item.Year))
            {
                return "its year is closed";
            }
            var paid = new PaymentBooked(item.ReferralId, item.ClaimId, item.Scheme, item.Year, item.Amount, entry.BookingDate, e2e, batch.Id, actor.User, actor.Role, now);
            BookedNow[e2e] = paid;
            Append(paid.ReferralId, paid.Scheme, paid.Year, paid);
            return null;
        }

        private string? Return(StatementEntry entry, string e2e, string reason)
        {
            if (ledger.Returned.Contains(e2e) || ReturnedNow.ContainsKey(e2e))
            {
                return Seen;
            }
            if (Paid(e2e) is not { } paid || paid.Amount != entry.Amount)
            {
                return "returns no payment of the ledger";
            }
            var referral = Current(paid.ReferralId);
            if (referral is null || referral.Status == Referrals.ReferralStatus.Closed)
            {
                return "its referral is closed";
            }
            var year = paid.Year ?? referral.Year;
            if (YearClosed(referral.Scheme, year))
            {
                return "its year is closed";
            }
            var returned = new PaymentReturned(referral.Id, paid.ClaimId, referral.Scheme, year, paid.Amount, entry.BookingDate, e2e, reason, paid.BatchId,
                actor.User, actor.Role, now);
            ReturnedNow[e2e] = returned;
            Append(referral.Id, referral.Scheme, year, returned);
            return null;
        }

        /// <summary>The payment booked under this transfer's id, before or by this statement.</summary>
        private PaymentReference? Paid(string e2e) =>
            BookedNow.TryGetValue(e2e, out var now) ? PaymentReference.Of(now) : ledger.Booked.GetValueOrDefault(e2e);

        /// <summary>The referral as the entries before this one left it.</summary>
        private Referral? Current(string referralId) => ledger.Referrals.FirstOrDefault(r => r.Id == referralId) is { } fetched
            ? Changes.Where(c => c.Stream == referralId).Aggregate(fetched, (r, c) => r.Then(c.Event))
            : null;

        private bool YearClosed(Scheme scheme, int year) => ledger.Years.FirstOrDefault(y => y.Scheme == scheme && y.Year == year) is { Closed: true };

        private void Append(string referralId, Scheme scheme, int year, ILedgerEvent e)
        {
            Changes.Add(new(referralId, e));
            Changes.Add(new(BudgetYear.StreamKey(scheme, year), e));
        }
    }
}
