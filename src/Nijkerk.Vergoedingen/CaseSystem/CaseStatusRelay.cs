using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>
/// Reads the event log after its commits, in order, for referrals that reached a state or were linked to their zaak in a
/// municipality with status types, and sends each a <see cref="SetCaseStatuses"/> through the outbox, committed with how
/// far it has read: a stop or a failure resumes where it was, and no command that moves a referral waits for it.
/// </summary>
public sealed class CaseStatusRelay : BatchSubscription
{
    private readonly CaseSystemSettings _settings;

    public CaseStatusRelay(IOptions<CaseSystemSettings> settings) : base("case-statuses")
    {
        _settings = settings.Value;
        foreach (var type in StateChanges)
        {
            IncludeType(type);
        }
    }

    /// <summary>The events that move a referral to another state, and its link, after which the states it reached before are due.</summary>
    public static readonly Type[] StateChanges =
    [
        typeof(CaseLinked), typeof(ReferralRejected), typeof(SlotReserved), typeof(ReferralWaitlisted), typeof(ReservationExpired),
        typeof(FundsCommitted), typeof(TrainingScheduled), typeof(TrainingCompleted), typeof(ReferralWithdrawn), typeof(ReferralClosed),
    ];

    public override async Task ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, IMessageBus bus, CancellationToken cancellationToken)
    {
        // A year's copy of a slot or a commitment is passed over: the referral's own stream has the same event.
        var referrals = page.Events
            .Where(e => e.StreamKey is { } key && YearStream.KindOf(key) is null && _settings.For(e.TenantId)?.StatusTypes.Count > 0)
            .Select(e => (Tenant: e.TenantId, Referral: e.StreamKey!))
            .Distinct();
        foreach (var (tenant, referral) in referrals)
        {
            await bus.PublishAsync(new SetCaseStatuses(referral), new DeliveryOptions { TenantId = tenant });
        }
    }
}
