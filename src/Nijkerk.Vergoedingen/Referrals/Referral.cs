using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Referrals;

// Events of the Referral stream. The year effects (SlotReserved, FundsCommitted, ...) live in the
// Quotas and Budgets folders and are appended to both the referral's stream and its year's stream.

public sealed record TrainingRequested(
    string ReferralId, string CaseReference, Scheme Scheme, int Year, decimal? Cost, decimal? OwnContribution, TextDigest Motivation,
    string By, string Role, Instant At) : ILedgerEvent;

public sealed record ReferralApproved(string ReferralId, TextDigest Reason, string By, string Role, Instant At) : IStatedEvent;

public sealed record ReferralRejected(string ReferralId, TextDigest Reason, string By, string Role, Instant At) : IStatedEvent;

public sealed record TrainingScheduled(
    string ReferralId, TextDigest Provider, LocalDate StartDate, string By, string Role, Instant At) : ILedgerEvent;

public sealed record TrainingCompleted(string ReferralId, LocalDate CompletedOn, string By, string Role, Instant At) : ILedgerEvent;

public sealed record ReferralWithdrawn(string ReferralId, TextDigest Reason, string By, string Role, Instant At) : IStatedEvent;

public sealed record ReferralClosed(string ReferralId, string Reason, string By, string Role, Instant At) : IReasonedEvent;

public enum ReferralStatus
{
    Requested,
    Rejected,
    Reserved,
    Waitlisted,
    Committed,
    Scheduled,
    Completed,
    Withdrawn,
    Closed,
    Expired,
}

/// <summary>
/// One request for one training for one household. Also the referral's read model: an inline snapshot
/// that Marten keeps in step with the stream.
/// </summary>
public sealed record Referral(
    string Id, string CaseReference, Scheme Scheme, int Year, ReferralStatus Status,
    decimal? Cost, decimal? OwnContribution, string RequestedBy, Instant RequestedAt)
{
    public string? ApprovedBy { get; init; }

    public Instant? ApprovedAt { get; init; }

    /// <summary>The year the training was requested for; <see cref="Year"/> moves on when the referral is carried over.</summary>
    public int RequestYear { get; init; }

    /// <summary>Euros held for this referral (bijzondere bijstand) and not yet paid or released.</summary>
    public decimal Committed { get; init; }

    public decimal Paid { get; init; }

    /// <summary>Who gives the training, as typed when it was scheduled: a personal text, so only its digest.</summary>
    public TextDigest? Provider { get; init; }

    public LocalDate? StartDate { get; init; }

    public LocalDate? CompletedOn { get; init; }

    /// <summary>When the slot it holds was reserved: the identity of that reservation, for its expiry.</summary>
    public Instant? ReservedAt { get; init; }

    public Foundation.NotificationStatus? Notification { get; init; }

    public string? PlacementReference { get; init; }

    /// <summary>A sortable copy of <see cref="RequestedAt"/>: queries cannot compare NodaTime values.</summary>
    public long RequestedAtUnixMs { get; init; }

    /// <summary>When the referral was closed, withdrawn or rejected: its personal data are kept for a number of years after.</summary>
    public long? EndedAtUnixMs { get; init; }

    public ImmutableList<Claim> Claims { get; init; } = [];

    /// <summary>What the municipality has promised for this referral: still open plus already paid.</summary>
    public decimal Commitment => Committed + Paid;

    /// <summary>Claims approved so far, whether paid or not.</summary>
    public decimal Approved => Claims.Where(c => c.Status is ClaimStatus.Approved or ClaimStatus.Paid).Sum(c => c.Amount);

    public Claim? ClaimOf(string claimId) => Claims.FirstOrDefault(c => c.Id == claimId);

    /// <summary>A text typed about this referral, kept apart from its events; <paramref name="what"/> names it within the referral.</summary>
    public PersonalText Text(string what, string text, string salt) => new($"{Id}/{what}", CaseReference, Id, text, salt);

    public long Version { get; set; }

    public static Referral From(TrainingRequested e) =>
        new(e.ReferralId, e.CaseReference, e.Scheme, e.Year, ReferralStatus.Requested, e.Cost, e.OwnContribution, e.By, e.At)
        {
            RequestedAtUnixMs = e.At.ToUnixTimeMilliseconds(),
            RequestYear = e.Year,
            Version = 1,
        };

    private Referral WithClaim(string claimId, ILedgerEvent e) =>
        this with { Claims = Claims.Select(c => c.Id == claimId ? c.Then(e) : c).ToImmutableList() };

    /// <summary>The referral after these events; from nothing when it is requested among them, else nothing.</summary>
    public static Referral? Fold(Referral? referral, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate(referral, (r, e) => e is TrainingRequested requested ? From(requested) : r?.Then(e));

    /// <summary>The referral after one more event of its own stream.</summary>
    public Referral Then(ILedgerEvent e) => (e switch
    {
        ReferralApproved x => this with { ApprovedBy = x.By, ApprovedAt = x.At },
        Years.ReferralCarriedOver x => this with { Year = x.ToYear },
        ReferralRejected x => this with { Status = ReferralStatus.Rejected, EndedAtUnixMs = x.At.ToUnixTimeMilliseconds() },
        Quotas.SlotReserved x => this with { Status = ReferralStatus.Reserved, ReservedAt = x.At, Notification = Foundation.NotificationStatus.Pending },
        Quotas.ReservationExpired => this with { Status = ReferralStatus.Expired },
        // The foundation may confirm before the ledger has heard the answer to its own notification.
        Foundation.FoundationNotified => this with
        {
            Notification = Notification == Foundation.NotificationStatus.Confirmed ? Notification : Foundation.NotificationStatus.Sent,
        },
        Foundation.FoundationNotificationFailed => this with { Notification = Foundation.NotificationStatus.Failed },
        Foundation.FoundationNotificationRequested => this with { Notification = Foundation.NotificationStatus.Pending },
        Foundation.PlacementConfirmed x => this with { Notification = Foundation.NotificationStatus.Confirmed, PlacementReference = x.PlacementReference },
        Quotas.ReferralWaitlisted => this with { Status = ReferralStatus.Waitlisted },
        Budgets.FundsCommitted x => this with { Status = ReferralStatus.Committed, Committed = Committed + x.Amount },
        Budgets.CommitmentReleased x => this with { Committed = Committed - x.Amount },
        TrainingScheduled x => this with { Status = ReferralStatus.Scheduled, Provider = x.Provider, StartDate = x.StartDate },
        TrainingCompleted x => this with { Status = ReferralStatus.Completed, CompletedOn = x.CompletedOn },
        ReferralWithdrawn x => this with { Status = ReferralStatus.Withdrawn, EndedAtUnixMs = x.At.ToUnixTimeMilliseconds() },
        ReferralClosed x => this with { Status = ReferralStatus.Closed, EndedAtUnixMs = x.At.ToUnixTimeMilliseconds() },
        ClaimRecorded x => this with
        {
            Claims = Claims.Add(new Claim(x.ClaimId, x.InvoiceNumber, x.Amount, x.PayeeKind, x.PayeeId, x.By, x.At)),
        },
        PaymentBooked x => WithClaim(x.ClaimId, x) with { Committed = Committed - x.Amount, Paid = Paid + x.Amount },
        ClaimApproved x => WithClaim(x.ClaimId, x),
        ClaimRejected x => WithClaim(x.ClaimId, x),
        ClaimBatched x => WithClaim(x.ClaimId, x),
        _ => this,
    }) with { Version = Version + 1 };
}
