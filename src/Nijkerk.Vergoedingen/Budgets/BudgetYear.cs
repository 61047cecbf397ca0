using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Budgets;

// Events of the BudgetYear stream. FundsCommitted and CommitmentReleased are also appended to the
// referral's own stream.

public sealed record BudgetYearOpened(Scheme Scheme, int Year, decimal Amount, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

/// <summary>A begrotingswijziging: the budget moves from one amount to another, for a recorded reason.</summary>
public sealed record BudgetAdjusted(Scheme Scheme, int Year, decimal From, decimal To, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

public sealed record FundsCommitted(string ReferralId, Scheme Scheme, int Year, decimal Amount, string By, string Role, Instant At)
    : ILedgerEvent;

public sealed record CommitmentReleased(
    string ReferralId, Scheme Scheme, int Year, decimal Amount, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>Budget, open commitments and payments at the end of a month (1 to 12).</summary>
public sealed record BudgetMonth(int Month, decimal Budget, decimal Committed, decimal Paid);

/// <summary>
/// The euros of one money-budget scheme in one year: the budget, commitments still open, payments, and
/// whether the year is closed and sealed. The allocation view and the reports read its inline snapshot, which
/// also keeps the year's figures at the end of each month.
/// </summary>
public sealed record BudgetYear
{
    public string Id { get; init; } = "";

    public Scheme Scheme { get; init; } = Scheme.BijzondereBijstand;

    public int Year { get; init; }

    public decimal Budget { get; init; }

    /// <summary>Commitments still open: neither paid nor released.</summary>
    public decimal Committed { get; init; }

    public decimal Paid { get; init; }

    public bool Closed { get; init; }

    public Years.Seal? Seal { get; init; }

    /// <summary>The year as it stood at the end of each month that had events, for the month-by-month reports.</summary>
    public ImmutableList<BudgetMonth> Months { get; init; } = [];

    public decimal Available => Math.Max(0m, Budget - Committed - Paid);

    public static string StreamKey(Scheme scheme, int year) => scheme.YearStream(year).Key;

    /// <summary>The year after these events; from nothing when it opens among them, else nothing.</summary>
    public static BudgetYear? Fold(BudgetYear? year, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate((BudgetYear?)(year ?? new BudgetYear()), (y, e) => y?.Evolve(e)) is { Id.Length: > 0 } folded ? folded : null;

    /// <summary>
    /// The year after one more event of its stream, for Marten and the decisions alike. Nothing comes before
    /// its opening, so a referral's stream, which shares some of these events, never makes one.
    /// </summary>
    public BudgetYear? Evolve(object e)
    {
        BudgetYear? next = e switch
        {
            BudgetYearOpened x => new BudgetYear { Id = StreamKey(x.Scheme, x.Year), Scheme = x.Scheme, Year = x.Year, Budget = x.Amount },
            _ when Id.Length == 0 => null,
            BudgetAdjusted x => this with { Budget = x.To },
            FundsCommitted x => this with { Committed = Committed + x.Amount },
            CommitmentReleased x => this with { Committed = Committed - x.Amount },
            PaymentBooked x => this with { Committed = Committed - x.Amount, Paid = Paid + x.Amount },
            PaymentReturned x => this with { Committed = Committed + x.Amount, Paid = Paid - x.Amount },
            ReferralCarriedOver x when x.FromYear == Year => this with { Committed = Committed - x.Amount },
            YearClosed _ => this with { Closed = true },
            YearSealed x => this with { Seal = new Years.Seal(x.Hash, x.Events, x.LastSequence, x.At) },
            _ => this,
        };
        // The figures of a month are those after its last event; the opening itself counts in none.
        return next is not null && e is ILedgerEvent { At: var at } and not BudgetYearOpened && YearMonths.Of(next.Year, at) is { } month
            ? next with { Months = YearMonths.Set(next.Months, new BudgetMonth(month, next.Budget, next.Committed, next.Paid), m => m.Month) }
            : next;
    }
}
