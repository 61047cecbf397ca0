using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Quotas;

// Events of the QuotaYear stream. SlotReserved, ReferralWaitlisted and SlotReleased are also appended
// to the referral's own stream, so each stream tells its whole story.

public sealed record QuotaYearOpened(Scheme Scheme, int Year, int Capacity, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

public sealed record QuotaCapacityAdjusted(
    Scheme Scheme, int Year, int From, int To, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>A slot held for a referral; <see cref="CarriedFrom"/> names the year it held one in before, when carried over.</summary>
public sealed record SlotReserved(string ReferralId, Scheme Scheme, int Year, bool FromWaitlist, string By, string Role, Instant At)
    : ILedgerEvent
{
    public int? CarriedFrom { get; init; }
}

public sealed record ReferralWaitlisted(string ReferralId, Scheme Scheme, int Year, int Position, string By, string Role, Instant At)
    : ILedgerEvent;

public sealed record WaitlistLeft(string ReferralId, Scheme Scheme, int Year, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

public sealed record SlotReleased(string ReferralId, Scheme Scheme, int Year, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

/// <summary>The reservation was not scheduled in time: its slot is free again, for the first on the waitlist.</summary>
public sealed record ReservationExpired(string ReferralId, Scheme Scheme, int Year, Instant ReservedAt, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

/// <summary>Slots in use, used and waiting at the end of a month (1 to 12).</summary>
public sealed record QuotaMonth(int Month, int InUse, int Consumed, int Waitlist);

public sealed record SlotConsumed(string ReferralId, Scheme Scheme, int Year, LocalDate CompletedOn, string By, string Role, Instant At)
    : ILedgerEvent;

/// <summary>
/// The slots of one count-quota scheme in one year: capacity, slots held and used, how many wait, and whether
/// the year is closed and sealed. The allocation view and the reports read its inline snapshot, which also keeps
/// the year's figures at the end of each month, so a report reads a few rows. The snapshot keeps counts only,
/// so every approval of the year reads and writes the same few hundred bytes however long the line grows; the
/// line's order lives on the waiting referrals' views (<see cref="WaitingLine"/>).
/// </summary>
public sealed record QuotaYear
{
    public string Id { get; init; } = "";

    public Scheme Scheme { get; init; } = Scheme.HoudMeVast;

    public int Year { get; init; }

    public int Capacity { get; init; }

    public int Reserved { get; init; }

    public int Consumed { get; init; }

    /// <summary>How many referrals wait for a slot of this year.</summary>
    public int Waiting { get; init; }

    public bool Closed { get; init; }

    public Years.Seal? Seal { get; init; }

    /// <summary>The year as it stood at the end of each month that had events, for the month-by-month reports.</summary>
    public ImmutableList<QuotaMonth> Months { get; init; } = [];

    public int InUse => Reserved + Consumed;

    public int Available => Math.Max(0, Capacity - InUse);

    public static string StreamKey(Scheme scheme, int year) => scheme.YearStream(year).Key;

    /// <summary>The year after these events; from nothing when it opens among them, else nothing.</summary>
    public static QuotaYear? Fold(QuotaYear? year, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate((QuotaYear?)(year ?? new QuotaYear()), (y, e) => y?.Evolve(e)) is { Id.Length: > 0 } folded ? folded : null;

    /// <summary>The year after one more event; decisions use it to look ahead within one command.</summary>
    public QuotaYear Then(ILedgerEvent e) => Evolve(e)!;

    /// <summary>
    /// The year after one more event of its stream, for Marten and the decisions alike. Nothing comes before
    /// its opening, so a referral's stream, which shares some of these events, never makes one.
    /// </summary>
    public QuotaYear? Evolve(object e)
    {
        QuotaYear? next = e switch
        {
            QuotaYearOpened x => new QuotaYear { Id = StreamKey(x.Scheme, x.Year), Scheme = x.Scheme, Year = x.Year, Capacity = x.Capacity },
            _ when Id.Length == 0 => null,
            QuotaCapacityAdjusted x => this with { Capacity = x.To },
            SlotReserved x => this with { Reserved = Reserved + 1, Waiting = x.FromWaitlist ? Waiting - 1 : Waiting },
            ReferralWaitlisted _ => this with { Waiting = Waiting + 1 },
            WaitlistLeft _ => this with { Waiting = Waiting - 1 },
            SlotReleased _ => this with { Reserved = Reserved - 1 },
            ReservationExpired _ => this with { Reserved = Reserved - 1 },
            SlotConsumed _ => this with { Reserved = Reserved - 1, Consumed = Consumed + 1 },
            // A year's referrals move on together, in one decision: its whole waitlist at New Year, or every open
            // referral when it closes. The move does not say what it moved, but the line empties first: the
            // counts after the decision, the only ones anyone reads, are the same either way.
            ReferralCarriedOver x when x.FromYear == Year => Waiting > 0 ? this with { Waiting = Waiting - 1 } : this with { Reserved = Reserved - 1 },
            YearClosed _ => this with { Closed = true },
            YearSealed x => this with { Seal = new Years.Seal(x.Hash, x.Events, x.LastSequence, x.At) },
            _ => this,
        };
        // The figures of a month are those after its last event; the opening itself counts in none.
        return next is not null && e is ILedgerEvent { At: var at } and not QuotaYearOpened && YearMonths.Of(next.Year, at) is { } month
            ? next with { Months = YearMonths.Set(next.Months, new QuotaMonth(month, next.InUse, next.Consumed, next.Waiting), m => m.Month) }
            : next;
    }
}
