using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Foundation;

// Events of the conversation with Stichting Houd Me Vast, on the referral's stream. The ledger's own
// background work acts as the user "system".

public sealed record FoundationNotified(string ReferralId, int Slot, Instant ReservedAt, string By, string Role, Instant At) : ILedgerEvent;

public sealed record FoundationNotificationFailed(string ReferralId, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>A financial officer asked to send the referral to the foundation again.</summary>
public sealed record FoundationNotificationRequested(string ReferralId, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>The foundation placed the couple with a trainer; its reference links its records to ours.</summary>
public sealed record PlacementConfirmed(string ReferralId, string PlacementReference, string By, string Role, Instant At) : ILedgerEvent;

public enum NotificationStatus
{
    Pending,
    Sent,
    Failed,
    Confirmed,
}

public static class SystemActor
{
    public const string User = "system";
    public const string Role = "system";

    public static Actor For(string tenant) => new(User, Role, tenant);
}
