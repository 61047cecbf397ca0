using Marten;
using Nijkerk.Vergoedingen.Common;
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
        var quotas = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        if (await ReferralWork.LoadAsync(session, message.ReferralId, cancellation) is not { } work)
        {
            return [];
        }
        var (now, expiry) = (clock.GetCurrentInstant(), quotas.ReservationExpiry.ToTimeSpan());
        var due = message.ReservedAt + Duration.FromTimeSpan(expiry);
        var decision = Decide(work.Referral.Aggregate!, work.Quota?.Aggregate, message, due, SystemActor.For(session.TenantId), now);
        if (decision.IsRefused || decision.Changes.Count == 0)
        {
            // The ledger's clock says it is not due yet: look again when it is.
            return now < due && work.Referral.Aggregate!.ReservedAt == message.ReservedAt && work.Referral.Aggregate.Status == ReferralStatus.Reserved
                ? [message.DelayedFor((due - now).ToTimeSpan())]
                : [];
        }
        await work.CommitAsync(session, decision);
        return SlotFollowUps.For(decision, _ => work.Quota?.Aggregate, expiry);
    }

    /// <summary>
    /// Expires the reservation only if the referral still holds that very reservation unscheduled and its
    /// time is up; scheduling the training in time, or any other move, makes the message a no-op.
    /// </summary>
    public static Decision Decide(Referral referral, QuotaYear? year, ExpireReservation message, Instant due, Actor actor, Instant now)
    {
        if (referral.Status != ReferralStatus.Reserved || referral.ReservedAt != message.ReservedAt || now < due || year is null)
        {
            return Decision.To();
        }
        var expired = new ReservationExpired(referral.Id, referral.Scheme, referral.Year, message.ReservedAt,
            $"Not scheduled within {(due - message.ReservedAt).Days} days", actor.User, actor.Role, now);
        return Decision.To([new(referral.Id, expired), new(year.Id, expired), .. QuotaRules.FillFromWaitlist(year.Then(expired), actor, now)]);
    }
}
