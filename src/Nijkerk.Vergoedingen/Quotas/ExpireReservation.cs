using Marten;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Municipalities;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>Scheduled when a slot is reserved, for when the reservation would expire unscheduled.</summary>
public sealed record ExpireReservation(string ReferralId, Instant ReservedAt);

public static class ExpireReservationHandler
{
    public static async Task<OutgoingMessages> Handle(
        ExpireReservation message, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var terms = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        // Only a reservation that is still held can expire: then the year's slot is freed.
        var streams = await ReferralStreams.FetchAsync(session, message.ReferralId, locksYear: r => r.Status == ReferralStatus.Reserved, cancellation);
        var (now, due) = (clock.GetCurrentInstant(), message.ReservedAt + terms.ReservationExpiry);
        var line = await streams.FirstInLineAsync(session, cancellation);
        var decision = Decide(streams.Current, streams.Quota, line, message, due, SystemActor.For(session.TenantId), now);
        if (decision.IsRefused || decision.Changes.Count == 0)
        {
            // The ledger's clock says it is not due yet: look again when it is.
            return now < due && streams.Current is { Status: ReferralStatus.Reserved } held && held.ReservedAt == message.ReservedAt
                ? [message.DelayedFor((due - now).ToTimeSpan())]
                : [];
        }
        await streams.CommitAsync(session, decision, cancellation);
        return SlotFollowUps.For(decision, _ => streams.Quota, terms.ReservationExpiry);
    }

    /// <summary>
    /// Expires the reservation only if the referral still holds that very reservation unscheduled and its
    /// time is up, in a year still open; scheduling the training in time, or any other move, makes the message a no-op.
    /// </summary>
    public static Decision Decide(
        Referral? referral, QuotaYear? year, IReadOnlyList<string> firstInLine, ExpireReservation message, Instant due, Actor actor, Instant now)
    {
        if (referral is null || year is null || year.Closed || referral.Status != ReferralStatus.Reserved || referral.ReservedAt != message.ReservedAt
            || now < due)
        {
            return Decision.To();
        }
        var expired = new ReservationExpired(referral.Id, referral.Scheme, referral.Year, message.ReservedAt,
            $"Not scheduled within {(due - message.ReservedAt).Days} days", actor.User, actor.Role, now);
        return Decision.To([new(referral.Id, expired), new(year.Id, expired), .. QuotaRules.FillFromWaitlist(year.Then(expired), firstInLine, actor, now)]);
    }
}
