using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record CloseReferral(string ReferralId, Actor Actor) : ICommand<ReferralDetails>;

public static class CloseReferralEndpoint
{
    [WolverinePost("/api/referrals/{id}/close")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(string id, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, new CloseReferral(id, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class CloseReferralHandler
{
    public static async Task<Outcome<ReferralDetails>> Handle(CloseReferral command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        // What is still committed goes back to the year's budget.
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: r => r.Committed > 0m, cancellation);
        return await streams.CommitAsync(session, Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant()), cancellation);
    }

    /// <summary>
    /// A completed or withdrawn referral is closed once no claim waits for a decision or a payment; what
    /// is still committed and unpaid then returns to the year's budget.
    /// </summary>
    public static Decision Decide(Referral? referral, bool yearClosed, CloseReferral command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
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
