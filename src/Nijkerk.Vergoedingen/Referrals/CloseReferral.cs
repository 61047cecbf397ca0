using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record CloseReferral(string ReferralId, Actor Actor) : ICommand;

public static class CloseReferralEndpoint
{
    [Answers<ReferralDetails>]
    [WolverinePost("/api/referrals/{id}/close")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new CloseReferral(id, user.ActorFor(Roles.FinancialOfficer)));
}

public static class CloseReferralHandler
{
    public static Task<Answer> Handle(CloseReferral command, IDocumentSession session, IClock clock, CancellationToken cancellation) =>
        ReferralWork.RunAsync(session, command.ReferralId, cancellation, work => Decide(work.Referral.Aggregate!, command, clock.GetCurrentInstant()));

    /// <summary>
    /// A completed or withdrawn referral is closed once no claim waits for a decision or a payment; what
    /// is still committed and unpaid then returns to the year's budget.
    /// </summary>
    public static Decision Decide(Referral referral, CloseReferral command, Instant now)
    {
        if (referral.Status is not (ReferralStatus.Completed or ReferralStatus.Withdrawn or ReferralStatus.Expired))
        {
            return Refusal.InvalidTransition($"Only a completed, withdrawn or expired referral can be closed; this one is {referral.Status}.");
        }
        if (referral.Claims.FirstOrDefault(c => c.Status == ClaimStatus.Submitted || c.Unpaid > 0m) is { } open)
        {
            return Refusal.InvalidTransition($"Claim {open.InvoiceNumber} is still {open.Status} and unpaid; settle it first.");
        }
        var (actor, reason) = (command.Actor, $"Closed after the referral was {referral.Status.ToString().ToLowerInvariant()}");
        List<Change> changes = [new(referral.Id, new ReferralClosed(referral.Id, reason, actor.User, actor.Role, now))];
        if (referral.Committed > 0m)
        {
            var released = new CommitmentReleased(referral.Id, referral.Scheme, referral.Year, referral.Committed, reason, actor.User, actor.Role, now);
            changes.Add(new(referral.Id, released));
            changes.Add(new(BudgetYear.StreamKey(referral.Scheme, referral.Year), released));
        }
        return Decision.To(changes);
    }
}
