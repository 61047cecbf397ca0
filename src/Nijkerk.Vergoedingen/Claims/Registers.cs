namespace Nijkerk.Vergoedingen.Claims;

/// <summary>
/// A household's bank account for one claim. Personal data, so it stays out of the events, which name
/// it by <see cref="Id"/>; erasing it leaves every amount and date of the ledger intact.
/// </summary>
public sealed record PayeeAccount(string Id, string Iban, string? Name);

/// <summary>
/// "This payee's invoice number is taken." Written in the same transaction as the claim, so two claims
/// with one invoice cannot both commit: the second insert fails and its retry finds this record.
/// </summary>
public sealed record InvoiceRegistration(string Id, string ReferralId, string ClaimId)
{
    /// <summary>Invoice numbers are unique per payee: a provider, or the household of a case.</summary>
    public static string KeyFor(Referrals.Referral referral, PayeeKind payeeKind, string payeeId, string invoiceNumber) =>
        $"{(payeeKind == PayeeKind.Provider ? $"provider/{payeeId}" : $"household/{referral.CaseReference}")}/" +
        string.Concat(invoiceNumber.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}

/// <summary>
/// "This bank reference is booked", for the same reason: a replayed reference pays nothing twice. <see cref="Year"/> is the
/// budget year it was paid from and <see cref="BatchId"/> its batch (both absent on references booked before returns were read).
/// </summary>
public sealed record PaymentReference(
    string Id, string ReferralId, string ClaimId, decimal Amount, NodaTime.LocalDate PaidOn, int? Year = null, string? BatchId = null)
{
    public static PaymentReference Of(PaymentBooked paid) => new(paid.Reference, paid.ReferralId, paid.ClaimId, paid.Amount, paid.PaidOn, paid.Year, paid.BatchId);
}

/// <summary>"This transfer came back": a return the bank reports again reverses nothing twice. Its id is the transfer's end-to-end id.</summary>
public sealed record PaymentReturn(string Id, string ReferralId, string ClaimId, decimal Amount, NodaTime.LocalDate ReturnedOn);
