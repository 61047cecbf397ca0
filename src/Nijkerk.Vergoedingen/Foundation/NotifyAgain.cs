using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Foundation;

public sealed record NotifyAgain(string ReferralId, Actor Actor) : ICommand<ReferralDetails>;

public static class NotifyAgainEndpoint
{
    [WolverinePost("/api/referrals/{id}/notify")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(string id, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, new NotifyAgain(id, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class NotifyAgainHandler
{
    public static async Task<(Outcome<ReferralDetails>, OutgoingMessages)> Handle(
        NotifyAgain command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        var decision = Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant());
        var outcome = await streams.CommitAsync(session, decision, cancellation);
        if (outcome.Value is not { } referral)
        {
            return (outcome, []);
        }
        return (outcome, [new NotifyFoundation(referral.Id, streams.Quota?.InUse ?? 0, streams.Current!.ReservedAt!.Value)]);
    }

    /// <summary>A referral holding a slot can be sent to the foundation again until the foundation confirms it.</summary>
    public static Decision Decide(Referral? referral, bool yearClosed, NotifyAgain command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
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
