using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>A zaak changed in the zaaksysteem: read it again, and mark the referrals that wait on it when it has ended.</summary>
public sealed record CheckCaseEnded(string Case);

public static class CheckCaseEndedHandler
{
    /// <summary>The referrals still waiting for a decision or a slot; the others went on, and their zaak's end changes nothing for them.</summary>
    private static readonly ReferralStatus[] Waiting = [ReferralStatus.Requested, ReferralStatus.Waitlisted];

    public static async Task Handle(
        CheckCaseEnded message, IDocumentSession session, CaseSystemClient client, IOptions<CaseSystemSettings> settings, IClock clock,
        CancellationToken cancellation)
    {
        if (settings.Value.For(session.TenantId) is not { } municipality)
        {
            return;
        }
        var linked = await session.Query<ReferralView>().Where(r => r.Case == message.Case).ToListAsync(cancellation);
        var waiting = linked.Where(r => r.CaseLink == CaseLink.Linked && Waiting.Contains(r.Status)).ToList();
        if (waiting.Count == 0 || (await client.ReadCaseAsync(municipality, message.Case, cancellation)).EndedOn is not { } ended)
        {
            return;
        }
        var now = clock.GetCurrentInstant();
        foreach (var referral in waiting)
        {
            // On the version it was read at: a referral that moved meanwhile is read again.
            session.Events.Append(referral.Id, referral.Version + 1, new CaseEnded(referral.Id, message.Case, ended, SystemActor.User, SystemActor.Role, now));
        }
    }
}
