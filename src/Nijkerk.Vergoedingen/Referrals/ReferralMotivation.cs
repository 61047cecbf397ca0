namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// Why the consulent asks for this training, in their words. Free text about a household is personal
/// data, so it lives outside the events, in a document that can be erased without touching the ledger.
/// </summary>
public sealed record ReferralMotivation(string Id, string Text);
