using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Foundation;

public sealed record NotifyAgain(string ReferralId, Actor Actor) : ICommand;

public static class NotifyAgainEndpoint
{
    [Answers<ReferralDetails>]
    [WolverinePost("/api/referrals/{id}/notify")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new NotifyAgain(id, user.ActorFor(Roles.FinancialOfficer)));
}

public static class NotifyAgainHandler
{
    public static async Task<(Answer, OutgoingMessages)> Handle(NotifyAgain command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        if (await ReferralWork.LoadAsync(session, command.ReferralId, cancellation) is not { } work)
        {
            return (Refusal.NotFound("Referral"), []);
        }
        var referral = work.Referral.Aggregate!;
        var decision = Decide(referral, command, clock.GetCurrentInstant());
        var result = await work.CommitAsync(session, decision);
        return (result, work.Committed ? [new NotifyFoundation(referral.Id, work.Quota?.Aggregate?.InUse ?? 0, referral.ReservedAt!.Value)] : []);
    }

    /// <summary>A referral holding a slot can be sent to the foundation again until the foundation confirms it.</summary>
    public static Decision Decide(Referral referral, NotifyAgain command, Instant now)
    {
        if (referral.Status is not (ReferralStatus.Reserved or ReferralStatus.Scheduled) || referral.ReservedAt is null)
        {
            return Refusal.InvalidTransition($"Only a referral holding a slot goes to the foundation; this one is {referral.Status}.");
        }
        if (referral.Notification is NotificationStatus.Confirmed)
        {
            return Refusal.InvalidTransition("The foundation has already confirmed the placement.");
        }
        return Decision.To(new Change(referral.Id, new FoundationNotificationRequested(
            referral.Id, $"Sent again after it was {referral.Notification?.ToString().ToLowerInvariant() ?? "pending"}",
            command.Actor.User, command.Actor.Role, now)));
    }
}
