using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>Link a referral to its zaak; sent through the outbox with the events that requested it.</summary>
public sealed record LinkCase(string ReferralId);

public static class LinkCaseHandler
{
    /// <summary>
    /// Finds the zaak by the referral's case reference and registers the referral on it, once: a zaakobject a
    /// call before this one made (a retry, a node that stopped between the two calls) is found and not made again.
    /// </summary>
    public static async Task Handle(
        LinkCase message, IDocumentSession session, CaseSystemClient client, IOptions<CaseSystemSettings> settings,
        IConfiguration configuration, IClock clock, CancellationToken cancellation)
    {
        if (settings.Value.For(session.TenantId) is not { } municipality)
        {
            return;
        }
        var referral = await session.LoadAsync<ReferralView>(message.ReferralId, cancellation);
        if (referral is null || referral.CaseLink == CaseLink.Linked)
        {
            return;
        }
        var found = await client.FindCasesAsync(municipality, referral.CaseReference, cancellation);
        var now = clock.GetCurrentInstant();
        if (found.Count != 1)
        {
            // On the version it was read at: a referral that moved meanwhile is read again.
            session.Events.Append(referral.Id, referral.Version + 1, new CaseNotFound(referral.Id, found.Count, SystemActor.User, SystemActor.Role, now));
            return;
        }
        var zaak = found[0].Url;
        var self = ReferralAddress(configuration, referral.Id);
        var caseObject = await client.FindCaseObjectAsync(municipality, zaak, self, cancellation)
                         ?? await client.CreateCaseObjectAsync(municipality, zaak, self, cancellation);
        session.Events.Append(referral.Id, referral.Version + 1, new CaseLinked(referral.Id, zaak, caseObject, SystemActor.User, SystemActor.Role, now));
    }

    /// <summary>The referral's address at this ledger, as the zaak's zaakobject names it.</summary>
    public static string ReferralAddress(IConfiguration configuration, string referralId) =>
        $"{configuration["Ledger:PublicBaseUrl"]!.TrimEnd('/')}/api/referrals/{referralId}";
}
