using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Payments;

/// <summary>
/// One approved claim's unpaid rest, to be transferred in a batch; <see cref="Transfer"/> counts the claim's transfers the
/// bank returned before this one (none in batches made before returns were read).
/// </summary>
public sealed record BatchItem(
    string ReferralId, string ClaimId, Scheme Scheme, int Year, string CaseReference, string InvoiceNumber, decimal Amount,
    PayeeKind PayeeKind, string PayeeId, int Transfer = 0)
{
    /// <summary>
    /// The bank's end-to-end id of this transfer, and so the reference its payment is booked under: the claim's id, and
    /// after a return the transfer's number too (at most 35 characters).
    /// </summary>
    public string EndToEndId => Transfer == 0 ? Guid.Parse(ClaimId).ToString("N") : $"{Guid.Parse(ClaimId):N}-{Transfer}";
}

public sealed record PaymentBatchCreated(
    string BatchId, ImmutableList<BatchItem> Items, decimal ControlSum, LocalDate ExecutionDate, string By, string Role, Instant At)
    : ILedgerEvent;

/// <summary>The bank executed the batch: every transfer in it is booked as a payment.</summary>
public sealed record PaymentBatchBooked(string BatchId, LocalDate BookedOn, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>A SEPA credit-transfer batch of approved claims, from creation to booking.</summary>
public sealed record PaymentBatch
{
    public string Id { get; init; } = "";

    public ImmutableList<BatchItem> Items { get; init; } = [];

    public decimal ControlSum { get; init; }

    public LocalDate ExecutionDate { get; init; }

    public string CreatedBy { get; init; } = "";

    public Instant CreatedAt { get; init; }

    public LocalDate? BookedOn { get; init; }

    public bool IsBooked => BookedOn is not null;

    /// <summary>Money goes out from, and statements are of, the municipality's own account: without it neither can be.</summary>
    public static Commands.Refusal NoOwnAccount(string tenant) =>
        Commands.Refusal.InvalidTransition($"The municipality's own account is not set: the region's admin sets it (PUT /api/municipalities/{tenant}).");

    public static PaymentBatch? Fold(PaymentBatch? batch, IEnumerable<ILedgerEvent> events) =>
        events.Aggregate((PaymentBatch?)(batch ?? new PaymentBatch()), (b, e) => b?.Evolve(e)) is { Id.Length: > 0 } folded ? folded : null;

    /// <summary>The batch after one more event of its stream; nothing before it was made.</summary>
    public PaymentBatch? Evolve(object e) => e switch
    {
        PaymentBatchCreated x => new PaymentBatch
        {
            Id = x.BatchId, Items = x.Items, ControlSum = x.ControlSum, ExecutionDate = x.ExecutionDate, CreatedBy = x.By, CreatedAt = x.At,
        },
        _ when Id.Length == 0 => null,
        PaymentBatchBooked x => this with { BookedOn = x.BookedOn },
        _ => this,
    };
}

public sealed record PaymentBatchDetails(string Id, int Claims, decimal ControlSum, LocalDate ExecutionDate, string Status, LocalDate? BookedOn)
{
    public static PaymentBatchDetails From(PaymentBatch batch) => new(
        batch.Id, batch.Items.Count, batch.ControlSum, batch.ExecutionDate, batch.IsBooked ? "Booked" : "Open", batch.BookedOn);
}
