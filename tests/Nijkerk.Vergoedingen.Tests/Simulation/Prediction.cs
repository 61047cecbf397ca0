namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>
/// What the model says a command must answer, from the state before it: the answers allowed (a status,
/// a problem code, or the referral status a 2xx must leave) — one where the rules decide alone, several
/// where they depend on what the model leaves to the ledger (a start date, a year's default).
/// </summary>
public sealed record Prediction(IReadOnlySet<string> Allowed, string? Leaves = null)
{
    public static readonly Prediction Anything = new(new HashSet<string>());

    public static Prediction Only(string answer, string? leaves = null) => new(new HashSet<string> { answer }, leaves);

    public static Prediction OneOf(params string[] answers) => new(answers.ToHashSet());

    public bool Allows(string answer) => Allowed.Count == 0 || Allowed.Contains(answer);

    private static readonly string[] Ended = ["Rejected", "Completed", "Withdrawn", "Expired", "Closed"];

    public static bool IsHoudMeVast(ReferralState referral) => referral.Scheme.Contains("houd", StringComparison.OrdinalIgnoreCase);

    /// <summary>Approving: four eyes, then the state, then the year's room — a slot or the waitlist, the budget or a refusal.</summary>
    public static Prediction Approve(Model model, ReferralState referral, string approver)
    {
        if (referral.Status != "Requested")
        {
            return referral.RequestedBy == approver || YearClosed(model, referral) ? OneOf("four-eyes", "invalid-transition", "year-closed") : Only("invalid-transition");
        }
        if (referral.RequestedBy == approver)
        {
            return Only("four-eyes");
        }
        if (IsHoudMeVast(referral))
        {
            if (!model.Quotas.TryGetValue(referral.Year, out var quota))
            {
                return OneOf("200 Reserved", "200 Waitlisted", "year-closed");
            }
            return quota.Closed ? Only("year-closed") : quota.InUse < quota.Capacity ? Only("200 Reserved", "Reserved") : Only("200 Waitlisted", "Waitlisted");
        }
        if (!model.Budgets.TryGetValue(referral.Year, out var budget))
        {
            return OneOf("200 Committed", "budget-exhausted", "year-closed");
        }
        return budget.Closed ? Only("year-closed") : referral.Cost <= budget.Amount - budget.Committed ? Only("200 Committed", "Committed") : Only("budget-exhausted");
    }

    public static Prediction Reject(Model model, ReferralState referral, string rejecter) =>
        referral.Status != "Requested" ? (referral.RequestedBy == rejecter || YearClosed(model, referral) ? OneOf("four-eyes", "invalid-transition", "year-closed") : Only("invalid-transition"))
        : referral.RequestedBy == rejecter ? Only("four-eyes")
        : Only("200 Rejected", "Rejected");

    /// <summary>A year closed and sealed: whatever the referral's state, the ledger may say so first.</summary>
    private static bool YearClosed(Model model, ReferralState referral) =>
        (model.Quotas.GetValueOrDefault(referral.Year)?.Closed ?? false) || (model.Budgets.GetValueOrDefault(referral.Year)?.Closed ?? false);

    /// <summary>Withdrawing: what has not ended and has no claims goes; what has ended stays.</summary>
    public static Prediction Withdraw(Model model, ReferralState referral) =>
        YearClosed(model, referral) ? OneOf("year-closed", "invalid-transition")
        : Ended.Contains(referral.Status) ? Only("invalid-transition")
        : referral.Status is "Requested" or "Reserved" or "Waitlisted" or "Committed" && referral.Claims.Count == 0
            && !(model.Quotas.GetValueOrDefault(referral.Year)?.Closed ?? false) && !(model.Budgets.GetValueOrDefault(referral.Year)?.Closed ?? false)
            ? Only("200 Withdrawn", "Withdrawn")
            : Anything;

    /// <summary>A quota may not go below the slots in use.</summary>
    public static Prediction SetQuota(Model model, int year, int capacity) =>
        model.Quotas.TryGetValue(year, out var quota) && !quota.Closed
            ? capacity < quota.InUse ? Only("capacity-below-use") : Only("200")
            : Anything;
}
