using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Payments;

/// <summary>One approved claim's unpaid rest, to be transferred in a batch.</summary>
public sealed record BatchItem(
    string ReferralId, string ClaimId, Scheme Scheme, int Year, string CaseReference, string InvoiceNumber, decimal Amount,
    PayeeKind PayeeKind, string PayeeId)
{
    /// <summary>The bank's end-to-end id of this transfer, and so the reference its payment is booked under.</summary>
    public string EndToEndId => Guid.Parse(ClaimId).ToString("N");
}

public sealed record PaymentBatchCreated(
    string BatchId, ImmutableList<BatchItem> Items, decimal ControlSum, LocalDate ExecutionDate, string By, string Role, Instant At)
    : ILedgerEvent;

/// <summary>The bank executed the batch: every transfer in it is booked as a payment.</summary>
public sealed record PaymentBatchBooked(string BatchId, LocalDate BookedOn, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>A SEPA credit-transfer batch of approved claims, from creation to booking.</summary>
public sealed record PaymentBatch(string Id, ImmutableList<BatchItem> Items, decimal ControlSum, LocalDate ExecutionDate, string CreatedBy, Instant CreatedAt)
{
    public LocalDate? BookedOn { get; init; }

    public bool IsBooked => BookedOn is not null;

    public static PaymentBatch From(PaymentBatchCreated e) => new(e.BatchId, e.Items, e.ControlSum, e.ExecutionDate, e.By, e.At);

    public static PaymentBatch? Fold(PaymentBatch? batch, IEnumerable<ILedgerEvent> events) => events.Aggregate(batch, (b, e) => e switch
    {
        PaymentBatchCreated created => From(created),
        PaymentBatchBooked booked => b! with { BookedOn = booked.BookedOn },
        _ => b,
    });
}

public sealed record PaymentBatchDetails(string Id, int Claims, string ControlSum, LocalDate ExecutionDate, string Status, LocalDate? BookedOn)
{
    public static PaymentBatchDetails From(PaymentBatch batch) => new(
        batch.Id, batch.Items.Count, Amount.Format(batch.ControlSum), batch.ExecutionDate, batch.IsBooked ? "Booked" : "Open", batch.BookedOn);
}
