namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>The body of a decision: every decision records why it was taken.</summary>
public sealed record ReasonRequest(string? Reason);
