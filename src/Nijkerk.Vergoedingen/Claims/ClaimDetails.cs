using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Claims;

/// <summary>A claim as the API shows it; a household payee is named as such, never by its account.</summary>
public sealed record ClaimDetails(
    string ClaimId, string ReferralId, string CaseReference, string InvoiceNumber, string Amount, string Payee, ClaimStatus Status,
    string Paid, string? BatchId, string RecordedBy, Instant RecordedAt)
{
    /// <summary>Days the claim has waited, in the work queue.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? AgeInDays { get; init; }

    public static ClaimDetails From(Referral referral, Claim claim) => new(
        claim.Id, referral.Id, referral.CaseReference, claim.InvoiceNumber, Common.Amount.Format(claim.Amount),
        claim.PayeeKind == PayeeKind.Household ? "household" : claim.PayeeId, claim.Status, Common.Amount.Format(claim.Paid), claim.BatchId,
        claim.RecordedBy, claim.RecordedAt);

    public static Answer Answer(Referral referral, string claimId, bool created = false) => created
        ? Hosting.Answer.Created(claimId, From(referral, referral.ClaimOf(claimId)!))
        : Hosting.Answer.Done(From(referral, referral.ClaimOf(claimId)!));
}
