using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Foundation;

/// <summary>Tell the foundation of a reserved slot; sent through the outbox with the events that reserved it.</summary>
public sealed record NotifyFoundation(string ReferralId, int Slot, Instant ReservedAt);

/// <summary>
/// The notification is dead-lettered: show it on the referral, so a financial officer can send it again.
/// <see cref="Reason"/> is a category (<c>unreachable</c>, <c>timeout</c>, <c>circuit-open</c>, <c>status-503</c>), never a message.
/// </summary>
public sealed record RecordNotificationFailure(string ReferralId, string Reason);

public static class NotifyFoundationHandler
{
    public static async Task Handle(
        NotifyFoundation message, IDocumentSession session, FoundationClient client, IOptions<FoundationSettings> settings,
        IClock clock, CancellationToken cancellation)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }
        // One attempt per referral at a time: two deliveries of the message (a node that came back with it twice) must
        // not both find the foundation not told yet and both tell it.
        await session.LockAsync($"foundation-notification/{session.TenantId}/{message.ReferralId}", cancellation);
        var referral = await session.LoadAsync<ReferralView>(message.ReferralId, cancellation);
        // Only while the referral still holds this very reservation, and the foundation does not have it yet.
        if (referral is null || referral.ReservedAt != message.ReservedAt
            || referral.Status is not (ReferralStatus.Reserved or ReferralStatus.Scheduled)
            || referral.Notification is NotificationStatus.Sent or NotificationStatus.Confirmed)
        {
            return;
        }
        // The slug, not the display name: the foundation answers at /webhooks/houd-me-vast/{municipality}.
        await client.SendAsync(new FoundationReferral(referral.CaseReference, referral.Year, message.Slot, referral.Id, session.TenantId),
            $"{referral.Id}/{message.ReservedAt.ToUnixTimeTicks()}", cancellation);
        // On the version it was read at: a referral that moved meanwhile is read again, and the foundation, which
        // knows the notification by its key, hears of it once.
        session.Events.Append(referral.Id, referral.Version + 1,
            new FoundationNotified(referral.Id, message.Slot, message.ReservedAt, SystemActor.User, SystemActor.Role, clock.GetCurrentInstant()));
    }
}

public static class RecordNotificationFailureHandler
{
    public static async Task Handle(RecordNotificationFailure message, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        if (await session.LoadAsync<ReferralView>(message.ReferralId, cancellation) is { Notification: NotificationStatus.Pending } referral)
        {
            session.Events.Append(referral.Id, referral.Version + 1,
                new FoundationNotificationFailed(message.ReferralId, message.Reason, SystemActor.User, SystemActor.Role, clock.GetCurrentInstant()));
        }
    }
}
