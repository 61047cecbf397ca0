using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

// Events of the link with the municipality's zaaksysteem, on the referral's stream, by the user "system".

/// <summary>The referral's zaak was found by its case reference, and the referral registered on it as a zaakobject.</summary>
public sealed record CaseLinked(string ReferralId, string Case, string CaseObject, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>No zaak, or more than one, has the referral's case reference: <see cref="Found"/> says how many.</summary>
public sealed record CaseNotFound(string ReferralId, int Found, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>A consulent or financial officer asked to look for the referral's zaak again, after it was not found.</summary>
public sealed record CaseLookupRequested(string ReferralId, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>The referral's zaak was closed in the zaaksysteem (it has an einddatum) while the referral still waited.</summary>
public sealed record CaseEnded(string ReferralId, string Case, LocalDate EndedOn, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>
/// The state the referral reached at <see cref="Step"/> (the version of its stream that reached it) was set on its zaak
/// as the status <see cref="CaseStatus"/>, of the status type the municipality configured for that state.
/// </summary>
public sealed record CaseStatusSet(string ReferralId, string Case, Referrals.ReferralStatus State, long Step, string CaseStatus, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>Where a referral stands with its zaak.</summary>
public enum CaseLink
{
    Linked,
    NotFound,

    /// <summary>Linked, and the zaak was closed while the referral waited: "zaak afgesloten".</summary>
    Ended,
}

/// <summary>
/// The municipality's zaaksysteem notified that a referral's zaak was destroyed (Archiefwet): the reason of the
/// erasure that follows on the same stream. <see cref="NotifiedAt"/> is the notification's <c>aanmaakdatum</c>.
/// </summary>
public sealed record CaseDestroyed(string ErasureId, string CaseReference, string Case, Instant NotifiedAt, string By, string Role, Instant At) : ILedgerEvent;
