using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record ApproveClaim(string ReferralId, string ClaimId, Actor Actor) : ICommand<ClaimDetails>;

public static class ApproveClaimEndpoint
{
    [WolverinePost("/api/referrals/{id}/claims/{claimId}/approve")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ClaimDetails>, ProblemHttpResult>> Post(string id, string claimId, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, new ApproveClaim(id, claimId, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class ApproveClaimHandler
{
    /// <summary>The approval states what was checked: the claim as recorded, against the approved referral.</summary>
    public const string Reason = "Claim checked against the approved referral";

    public static async Task<Outcome<ClaimDetails>> Handle(
        ApproveClaim command, IDocumentSession session, IClock clock, MandateBook mandates, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        var now = clock.GetCurrentInstant();
        var decision = Decide(streams.Current, streams.YearClosed, command, now, await mandates.OfAsync(session, command.Actor.User, now, cancellation));
        return await streams.CommitAsync(session, decision, after => ClaimDetails.Of(after, command.ClaimId), cancellation);
    }

    /// <summary>Someone other than the recorder approves, and only as far as the referral's commitment reaches.</summary>
    public static Decision Decide(Referral? referral, bool yearClosed, ApproveClaim command, Instant now, Mandate? mandate = null)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (referral.ClaimOf(command.ClaimId) is not { } claim)
        {
            return Refusal.NotFound("Claim");
        }
        if (command.Actor.Is(claim.RecordedBy))
        {
            return Refusal.FourEyes("You recorded this claim; another financial officer must approve it.");
        }
        if (claim.Status != ClaimStatus.Submitted || referral.Status == ReferralStatus.Closed)
        {
            return Refusal.InvalidTransition($"Only a submitted claim of an open referral can be approved; this claim is {claim.Status}.");
        }
        if (referral.Approved + claim.Amount > referral.Commitment)
        {
            return new Refusal(ProblemCodes.OverCommitment,
                $"The referral's commitment is {Amount.Format(referral.Commitment)} and {Amount.Format(referral.Approved)} is approved already; " +
                $"{Amount.Format(claim.Amount)} more does not fit.");
        }
        var (beyond, named) = MandateRules.Check(mandate, mandate?.ClaimLimit, claim.Amount, "The claim", referral.Id, claim.Id, command.Actor, now);
        if (beyond is not null)
        {
            return beyond;
        }
        return Decision.To([
            new Change(referral.Id, new ClaimApproved(referral.Id, claim.Id, claim.Amount, Reason, command.Actor.User, command.Actor.Role, now)),
            .. MandateRules.Named(referral.Id, named),
        ]);
    }
}
