using JasperFx.Events;
using Marten.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Journal;

/// <summary>
/// One line of the journal for the financial system: a payment booked (debit) or returned (credit) on its date in the
/// ledger, with the accounts effective for it, the batch and the transfer's end-to-end id — never a name or an IBAN.
/// </summary>
public sealed record JournalLine(
    LocalDate Date, Scheme Scheme, string? Account, string? CostCentre, string? TaskField, string? Category, string Side, decimal Amount,
    string? Batch, string EndToEndId);

public sealed record JournalPage(LocalDate From, LocalDate To, IReadOnlyList<JournalLine> Items, decimal Debit, decimal Credit);

public static class JournalEndpoint
{
    /// <summary>
    /// The lines of the payments booked or returned in the ledger from <c>from</c> to <c>to</c> (dates in Europe/Amsterdam,
    /// both included), in the order they were booked. A period that has ended gets no new lines, and a setting of the
    /// accounts made later changes none, so it reads the same every time. CSV on <c>Accept: text/csv</c>.
    /// </summary>
    [WolverineGet("/api/journal")]
    [Authorize(Policy = Policies.ReadPayments)]
    public static async Task<Results<Ok<JournalPage>, FileContentHttpResult, ProblemHttpResult>> Get(
        string? from, string? to, HttpRequest request, IQuerySession session, CancellationToken cancellation)
    {
        var read = new Validation();
        var (first, last) = (read.Date("from", from), read.Date("to", to));
        if (first > last)
        {
            read.Add("to", "must not be before from");
        }
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        var page = await ReadAsync(session, first!.Value, last!.Value, cancellation);
        return Audit.AuditTrail.WantsCsv(request)
            ? TypedResults.File(CsvExport.Write(page.Items), "text/csv; charset=utf-8", $"journaal-{first:uuuu-MM-dd}-{last:uuuu-MM-dd}.csv")
            : TypedResults.Ok(page);
    }

    public static async Task<JournalPage> ReadAsync(IQuerySession session, LocalDate from, LocalDate to, CancellationToken cancellation)
    {
        var (start, end) = (Amsterdam.StartOf(from).ToDateTimeOffset(), Amsterdam.StartOf(to.PlusDays(1)).ToDateTimeOffset());
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypesAre(typeof(PaymentBooked), typeof(PaymentReturned)) && e.Timestamp >= start && e.Timestamp < end)
            .OrderBy(e => e.Sequence).ToListAsync(cancellation);
        var accounts = await session.Query<SchemeAccounts>().ToListAsync(cancellation);
        // Each payment is on its referral's stream and its year's: the year's copy is the one line.
        var lines = events.Where(e => YearStream.KindOf(e.StreamKey!) == SchemeKind.Budget).Select(e => Line(e, accounts)).ToList();
        return new JournalPage(from, to, lines, lines.Where(l => l.Side == "debit").Sum(l => l.Amount), lines.Where(l => l.Side == "credit").Sum(l => l.Amount));
    }

    private static JournalLine Line(IEvent e, IReadOnlyList<SchemeAccounts> accounts)
    {
        var (scheme, amount, side, batch, reference, at) = e.Data switch
        {
            PaymentBooked p => (p.Scheme, p.Amount, "debit", p.BatchId, p.Reference, p.At),
            PaymentReturned r => (r.Scheme, r.Amount, "credit", r.BatchId, r.Reference, r.At),
            _ => throw new InvalidOperationException($"No journal line for {e.EventTypeName}."),
        };
        var date = Amsterdam.DateOf(at);
        var books = accounts.FirstOrDefault(a => a.Scheme == scheme)?.For(date, at);
        return new JournalLine(date, scheme, books?.LedgerAccount, books?.CostCentre, books?.TaskField, books?.Category, side, amount, batch, reference);
    }
}
