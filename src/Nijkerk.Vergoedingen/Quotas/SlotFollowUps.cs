using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Foundation;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>
/// What a new reservation sets going, through the outbox with the events that made it: the foundation
/// is told, and the reservation's expiry is scheduled. A reservation carried over to the next year is
/// neither news to the foundation nor a new deadline.
/// </summary>
public static class SlotFollowUps
{
    public static OutgoingMessages For(Decision decision, Func<string, QuotaYear?> before, Duration expiry)
    {
        var messages = new OutgoingMessages();
        foreach (var stream in decision.Changes.Select(c => c.Stream).Distinct().Where(s => s.StartsWith("quota-year/", StringComparison.Ordinal)))
        {
            var year = before(stream);
            foreach (var e in decision.On(stream))
            {
                year = QuotaYear.Fold(year, [e]);
                if (e is SlotReserved { CarriedFrom: null } reserved)
                {
                    messages.Add(new NotifyFoundation(reserved.ReferralId, year!.InUse, reserved.At));
                    messages.Delay(new ExpireReservation(reserved.ReferralId, reserved.At), expiry.ToTimeSpan());
                }
            }
        }
        return messages;
    }
}
