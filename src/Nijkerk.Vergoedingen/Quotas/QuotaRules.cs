using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>The slot rules shared by approval, withdrawal and capacity changes: first come, first served.</summary>
public static class QuotaRules
{
    /// <summary>A year nobody has set yet opens, with the configured default capacity, on first use.</summary>
    public static (QuotaYear Year, List<Change> Changes) OpenOnFirstUse(
        QuotaYear? year, Scheme scheme, int yearNumber, int defaultCapacity, Actor actor, Instant now)
    {
        if (year is not null)
        {
            return (year, []);
        }
        var opened = new QuotaYearOpened(scheme, yearNumber, defaultCapacity, "Opened with the default capacity", actor.User, actor.Role, now);
        return (QuotaYear.Fold(null, [opened])!, [new Change(QuotaYear.StreamKey(scheme, yearNumber), opened)]);
    }

    /// <summary>Holds a slot for the referral when one is free, else puts it at the end of the waitlist.</summary>
    public static ILedgerEvent ReserveOrWaitlist(QuotaYear year, string referralId, Actor actor, Instant now) =>
        year.Available > 0
            ? new SlotReserved(referralId, year.Scheme, year.Year, false, actor.User, actor.Role, now)
            : new ReferralWaitlisted(referralId, year.Scheme, year.Year, year.Waiting + 1, actor.User, actor.Role, now);

    /// <summary>
    /// Gives every free slot to the first in line, each on the year's stream and the promoted referral's.
    /// </summary>
    /// <param name="firstInLine">The year's waitlist from its start (<see cref="WaitingLine"/>), at least as many as get a slot.</param>
    public static IEnumerable<Change> FillFromWaitlist(QuotaYear year, IReadOnlyList<string> firstInLine, Actor actor, Instant now)
    {
        var promoted = firstInLine.Take(year.Available);
        foreach (var referralId in promoted)
        {
            var reserved = new SlotReserved(referralId, year.Scheme, year.Year, true, actor.User, actor.Role, now);
            yield return new Change(year.Id, reserved);
            yield return new Change(referralId, reserved);
        }
    }
}
