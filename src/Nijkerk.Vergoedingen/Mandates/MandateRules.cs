using Nijkerk.Vergoedingen.Commands;
using NodaTime;

namespace Nijkerk.Vergoedingen.Mandates;

/// <summary>Approvals of money stay within the approver's mandate, and name it.</summary>
public static class MandateRules
{
    /// <summary>
    /// The refusal when <paramref name="amount"/> is above the limit the mandate sets for this kind of approval; else the
    /// trail's record of the mandate it was given under (nothing without a mandate: no limit).
    /// </summary>
    public static (Refusal? Refusal, ApprovedUnderMandate? Named) Check(
        Mandate? mandate, decimal? limit, decimal amount, string what, string referralId, string? claimId, Actor actor, Instant now)
    {
        if (mandate is null)
        {
            return (null, null);
        }
        if (amount > limit)
        {
            return (new Refusal(ProblemCodes.MandateExceeded,
                $"{what} of {Common.Amount.Format(amount)} is above {mandate.Name}, which allows at most {Common.Amount.Format(limit.Value)}."), null);
        }
        return (null, new ApprovedUnderMandate(referralId, claimId, mandate.Number, mandate.Officer, limit, actor.User, actor.Role, now));
    }

    /// <summary>The mandate an approval was given under, on the referral's trail (and so on its year's).</summary>
    public static IEnumerable<Change> Named(string referralId, ApprovedUnderMandate? named) => named is null ? [] : [new Change(referralId, named)];
}
