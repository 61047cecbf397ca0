using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Referrals;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>What a consulent can do next with a referral, as links to the form on its page.</summary>
public static class NextSteps
{
    public static IEnumerable<(string Anchor, string Text)> For(Referral referral)
    {
        if (referral.Status is ReferralStatus.Reserved or ReferralStatus.Committed)
        {
            yield return ("plannen", "Plannen");
        }
        if (referral.Status == ReferralStatus.Scheduled)
        {
            yield return ("afronden", "Afronden");
        }
        if (referral.Scheme.Kind == SchemeKind.Budget
            && referral.Status is ReferralStatus.Committed or ReferralStatus.Scheduled or ReferralStatus.Completed)
        {
            yield return ("declaratie", "Declaratie toevoegen");
        }
        if (referral.Status is ReferralStatus.Requested or ReferralStatus.Reserved or ReferralStatus.Waitlisted
            or ReferralStatus.Committed or ReferralStatus.Scheduled)
        {
            yield return ("intrekken", "Intrekken");
        }
    }
}
