using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

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
/// The euros of one money-budget scheme in one year. Also the allocation view's source: an inline snapshot.
/// </summary>
public sealed record BudgetYear(string Id, Scheme Scheme, int Year, decimal Budget)
{
    /// <summary>Commitments still open: neither paid nor released.</summary>
    public decimal Committed { get; init; }

    public decimal Paid { get; init; }

    public bool Closed { get; init; }

    public Years.Seal? Seal { get; init; }

    /// <summary>The year as it stood at the end of each month that had events, for the month-by-month reports.</summary>
    public ImmutableList<BudgetMonth> Months { get; init; } = [];

    public decimal Available => Math.Max(0m, Budget - Committed - Paid);

    public static string StreamKey(Scheme scheme, int year) => scheme.YearStream(year).Key;

    public static BudgetYear From(BudgetYearOpened e) => new(StreamKey(e.Scheme, e.Year), e.Scheme, e.Year, e.Amount);

    /// <summary>The year after these events; from nothing when it opens among them, else nothing.</summary>
    public static BudgetYear? Fold(BudgetYear? year, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate(year, (y, e) => e is BudgetYearOpened opened ? From(opened) : y?.Then(e));

    /// <summary>The year after one more event; decisions use it to look ahead within one command.</summary>
    public BudgetYear Then(ILedgerEvent e)
    {
        var next = Step(e);
        return YearMonths.Of(Year, e.At) is { } month
            ? next with { Months = YearMonths.Set(next.Months, new BudgetMonth(month, next.Budget, next.Committed, next.Paid), m => m.Month) }
            : next;
    }

    private BudgetYear Step(ILedgerEvent e) => e switch
    {
        BudgetAdjusted x => this with { Budget = x.To },
        FundsCommitted x => this with { Committed = Committed + x.Amount },
        CommitmentReleased x => this with { Committed = Committed - x.Amount },
        Claims.PaymentBooked x => this with { Committed = Committed - x.Amount, Paid = Paid + x.Amount },
        Years.ReferralCarriedOver x when x.FromYear == Year => this with { Committed = Committed - x.Amount },
        Years.YearClosed => this with { Closed = true },
        Years.YearSealed x => this with { Seal = new Years.Seal(x.Hash, x.Events, x.LastSequence, x.At) },
        _ => this,
    };
}
