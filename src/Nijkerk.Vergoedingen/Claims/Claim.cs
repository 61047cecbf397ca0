using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Claims;

// Events of a claim, on its referral's stream. PaymentBooked is also appended to the year's budget
// stream, where it moves euros from committed to paid.

/// <summary>
/// An invoice or receipt recorded against a referral. The payee is a registered provider, or the
/// household, whose bank account lives in an erasable <see cref="PayeeAccount"/> named by its id.
/// </summary>
public sealed record ClaimRecorded(
    string ReferralId, string ClaimId, string InvoiceNumber, decimal Amount, PayeeKind PayeeKind, string PayeeId,
    string By, string Role, Instant At) : ILedgerEvent;

public sealed record ClaimApproved(string ReferralId, string ClaimId, decimal Amount, string Reason, string By, string Role, Instant At)
    : IReasonedEvent;

public sealed record ClaimRejected(string ReferralId, string ClaimId, TextDigest Reason, string By, string Role, Instant At) : IStatedEvent;

/// <summary>The claim's unpaid rest is in a payment batch for the bank, until that batch is booked.</summary>
public sealed record ClaimBatched(string ReferralId, string ClaimId, string BatchId, decimal Amount, string By, string Role, Instant At)
    : ILedgerEvent;

/// <summary>Money paid on an approved claim; <see cref="Reference"/> is the bank's, and is booked once.</summary>
public sealed record PaymentBooked(
    string ReferralId, string ClaimId, Scheme Scheme, int Year, decimal Amount, LocalDate PaidOn, string Reference, string? BatchId,
    string By, string Role, Instant At) : ILedgerEvent;

/// <summary>
/// The bank returned a payment (<see cref="Reason"/> is its ISO 20022 return reason, such as <c>AC04</c>, account closed): the
/// euros go back from paid to committed, and the claim waits for a new transfer.
/// </summary>
public sealed record PaymentReturned(
    string ReferralId, string ClaimId, Scheme Scheme, int Year, decimal Amount, LocalDate ReturnedOn, string Reference, string Reason, string? BatchId,
    string By, string Role, Instant At) : ILedgerEvent;

public enum PayeeKind
{
    Provider,
    Household,
}

public enum ClaimStatus
{
    Submitted,
    Approved,
    Rejected,
    Paid,
}

/// <summary>A claim as its referral's decisions need it.</summary>
public sealed record Claim(
    string Id, string InvoiceNumber, decimal Amount, PayeeKind PayeeKind, string PayeeId, string RecordedBy, Instant RecordedAt)
{
    public ClaimStatus Status { get; init; } = ClaimStatus.Submitted;

    public decimal Paid { get; init; }

    /// <summary>The open payment batch holding this claim, if any.</summary>
    public string? BatchId { get; init; }

    /// <summary>Payments on it the bank returned: its next transfer needs an end-to-end id of its own.</summary>
    public int Returns { get; init; }

    /// <summary>What is approved and not yet paid.</summary>
    public decimal Unpaid => Status is ClaimStatus.Approved ? Amount - Paid : 0m;

    public Claim Then(ILedgerEvent e) => e switch
    {
        ClaimApproved => this with { Status = ClaimStatus.Approved },
        ClaimRejected => this with { Status = ClaimStatus.Rejected },
        ClaimBatched x => this with { BatchId = x.BatchId },
        PaymentReturned x => this with { Paid = Paid - x.Amount, Status = ClaimStatus.Approved, Returns = Returns + 1 },
        PaymentBooked x => this with
        {
            Paid = Paid + x.Amount,
            Status = Paid + x.Amount >= Amount ? ClaimStatus.Paid : Status,
            BatchId = x.BatchId == BatchId ? null : BatchId,
        },
        _ => this,
    };
}
