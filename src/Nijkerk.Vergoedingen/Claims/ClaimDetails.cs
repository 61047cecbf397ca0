using System.Text.Json.Serialization;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Claims;

/// <summary>A claim as the API shows it; a household payee is named as such, never by its account.</summary>
public sealed record ClaimDetails(
    string ClaimId, string ReferralId, string CaseReference, string InvoiceNumber, decimal Amount, string Payee, ClaimStatus Status,
    decimal Paid, string? BatchId, string RecordedBy, Instant RecordedAt)
{
    /// <summary>Days the claim has waited, in the work queue.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? AgeInDays { get; init; }

    public static ClaimDetails From(Referral referral, Claim claim) => new(
        claim.Id, referral.Id, referral.CaseReference, claim.InvoiceNumber, claim.Amount,
        claim.PayeeKind == PayeeKind.Household ? "household" : claim.PayeeId, claim.Status, claim.Paid, claim.BatchId,
        claim.RecordedBy, claim.RecordedAt);

    public static ClaimDetails Of(Referral referral, string claimId) => From(referral, referral.ClaimOf(claimId)!);
}
