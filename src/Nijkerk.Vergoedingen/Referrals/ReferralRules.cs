using System.Diagnostics.CodeAnalysis;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Referrals;

public static class ReferralRules
{
    /// <summary>
    /// What every decision about a referral asks first, in this order: does it exist (in this municipality),
    /// and is the year it holds still open — a closed year takes no more changes.
    /// </summary>
    public static bool IsOpen([NotNullWhen(true)] Referral? referral, bool yearClosed, [NotNullWhen(false)] out Refusal? refusal)
    {
        refusal = referral is null ? Refusal.NotFound("Referral") : yearClosed ? YearRules.Closed(referral.Year) : null;
        return refusal is null;
    }
}
