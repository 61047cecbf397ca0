using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Years;

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
/// One request for one training for one household, as its decisions see it: what it is for and costs, where
/// it stands, what it holds of its year, its claims, and what the foundation knows of it. Folded from its own
/// stream whenever a command fetches it; what screens and queries read is <see cref="ReferralView"/>.
/// </summary>
public record Referral
{
    public string Id { get; init; } = "";

    public string CaseReference { get; init; } = "";

    public Scheme Scheme { get; init; } = Scheme.HoudMeVast;

    /// <summary>The year whose slots or euros the referral holds; it moves on when the referral is carried over.</summary>
    public int Year { get; init; }

    public ReferralStatus Status { get; init; }

    public decimal? Cost { get; init; }

    public decimal? OwnContribution { get; init; }

    /// <summary>Who asked: they may not approve it themselves.</summary>
    public string RequestedBy { get; init; } = "";

    /// <summary>A training cannot start before it was requested.</summary>
    public Instant RequestedAt { get; init; }

    /// <summary>Who decided it, as every answer about it says.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Euros held for this referral (bijzondere bijstand) and not yet paid or released.</summary>
    public decimal Committed { get; init; }

    public decimal Paid { get; init; }

    /// <summary>Once it has started, a training can no longer be withdrawn.</summary>
    public LocalDate? StartDate { get; init; }

    public LocalDate? CompletedOn { get; init; }

    /// <summary>When the slot it holds was reserved: the identity of that reservation, for its expiry.</summary>
    public Instant? ReservedAt { get; init; }

    /// <summary>What the foundation has of it: sent once, and asked again until it confirms.</summary>
    public Foundation.NotificationStatus? Notification { get; init; }

    /// <summary>The foundation's placement, so that the same confirmation again changes nothing.</summary>
    public string? PlacementReference { get; init; }

    /// <summary>The zaak in the municipality's zaaksysteem, once the referral is linked to it.</summary>
    public string? Case { get; init; }

    /// <summary>Whether the zaak was found and linked; nothing while the link is not (or never to be) made.</summary>
    public CaseSystem.CaseLink? CaseLink { get; init; }

    public ImmutableList<Claim> Claims { get; init; } = [];

    public long Version { get; set; }

    /// <summary>What the municipality has promised for this referral: still open plus already paid.</summary>
    public decimal Commitment => Committed + Paid;

    /// <summary>Claims approved so far, whether paid or not.</summary>
    public decimal Approved => Claims.Where(c => c.Status is ClaimStatus.Approved or ClaimStatus.Paid).Sum(c => c.Amount);

    public Claim? ClaimOf(string claimId) => Claims.FirstOrDefault(c => c.Id == claimId);

    /// <summary>A text typed about this referral, kept apart from its events; <paramref name="what"/> names it within the referral.</summary>
    public PersonalText Text(string what, string text, string salt) => new($"{Id}/{what}", CaseReference, Id, text, salt);

    /// <summary>The referral after these events; from nothing when it is requested among them, else nothing.</summary>
    public static Referral? Fold(Referral? referral, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate((Referral?)(referral ?? new Referral()), (r, e) => r?.Evolve(e)) is { Id.Length: > 0 } folded ? folded : null;

    /// <summary>The referral after one more event; decisions use it to look ahead within one command.</summary>
    public Referral Then(ILedgerEvent e) => Evolve(e)!;

    /// <summary>
    /// The referral after one more event of its stream: the one fold of its events, for Marten and for the
    /// decisions alike. Nothing comes before its request, so a stream of another kind never makes one.
    /// </summary>
    public Referral? Evolve(object e)
    {
        // Each event by its simple name: Marten's generator reads the fold's event types from this switch, and
        // passes over a type written with its namespace (its projection would then never see that event).
        Referral? next = e switch
        {
            TrainingRequested x => this with
            {
                Id = x.ReferralId, CaseReference = x.CaseReference, Scheme = x.Scheme, Year = x.Year, Status = ReferralStatus.Requested,
                Cost = x.Cost, OwnContribution = x.OwnContribution, RequestedBy = x.By, RequestedAt = x.At, Version = 0,
            },
            _ when Id.Length == 0 => null,
            ReferralApproved x => this with { ApprovedBy = x.By },
            ReferralCarriedOver x => this with { Year = x.ToYear },
            ReferralRejected _ => this with { Status = ReferralStatus.Rejected },
            SlotReserved x => this with { Status = ReferralStatus.Reserved, ReservedAt = x.At, Notification = Foundation.NotificationStatus.Pending },
            ReservationExpired _ => this with { Status = ReferralStatus.Expired },
            // Its withdrawal says where it stands; the released slot is the year's.
            SlotReleased _ => this,
            // The foundation may confirm before the ledger has heard the answer to its own notification.
            FoundationNotified _ => this with
            {
                Notification = Notification == Foundation.NotificationStatus.Confirmed ? Notification : Foundation.NotificationStatus.Sent,
            },
            FoundationNotificationFailed _ => this with { Notification = Foundation.NotificationStatus.Failed },
            FoundationNotificationRequested _ => this with { Notification = Foundation.NotificationStatus.Pending },
            PlacementConfirmed x => this with { Notification = Foundation.NotificationStatus.Confirmed, PlacementReference = x.PlacementReference },
            ReferralWaitlisted _ => this with { Status = ReferralStatus.Waitlisted },
            CaseLinked x => this with { Case = x.Case, CaseLink = CaseSystem.CaseLink.Linked },
            CaseNotFound _ => this with { CaseLink = CaseSystem.CaseLink.NotFound },
            CaseEnded _ => this with { CaseLink = CaseSystem.CaseLink.Ended },
            CaseLookupRequested _ => this,
            CaseStatusSet _ => this,
            ApprovedUnderMandate _ => this,
            FundsCommitted x => this with { Status = ReferralStatus.Committed, Committed = Committed + x.Amount },
            CommitmentReleased x => this with { Committed = Committed - x.Amount },
            TrainingScheduled x => this with { Status = ReferralStatus.Scheduled, StartDate = x.StartDate },
            TrainingCompleted x => this with { Status = ReferralStatus.Completed, CompletedOn = x.CompletedOn },
            ReferralWithdrawn _ => this with { Status = ReferralStatus.Withdrawn },
            ReferralClosed _ => this with { Status = ReferralStatus.Closed },
            ClaimRecorded x => this with
            {
                Claims = Claims.Add(new Claim(x.ClaimId, x.InvoiceNumber, x.Amount, x.PayeeKind, x.PayeeId, x.By, x.At)),
            },
            PaymentBooked x => WithClaim(x.ClaimId, x) with { Committed = Committed - x.Amount, Paid = Paid + x.Amount },
            PaymentReturned x => WithClaim(x.ClaimId, x) with { Committed = Committed + x.Amount, Paid = Paid - x.Amount },
            ClaimApproved x => WithClaim(x.ClaimId, x),
            ClaimRejected x => WithClaim(x.ClaimId, x),
            ClaimBatched x => WithClaim(x.ClaimId, x),
            _ => this,
        };
        return next is null ? null : next with { Version = next.Version + 1 };
    }

    private Referral WithClaim(string claimId, ILedgerEvent e) =>
        this with { Claims = Claims.Select(c => c.Id == claimId ? c.Then(e) : c).ToImmutableList() };
}
