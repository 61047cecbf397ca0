using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record RejectClaim(string ReferralId, string ClaimId, string Reason, Actor Actor) : ICommand;

public static class RejectClaimEndpoint
{
    public static ProblemDetails Validate(ReasonRequest? body) => ReasonRequest.Check(body);

    [WolverinePost("/api/referrals/{id}/claims/{claimId}/reject")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, string claimId, ReasonRequest body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new RejectClaim(id, claimId, body.Reason!.Trim(), user.ActorFor(Roles.FinancialOfficer)));
}

public static class RejectClaimHandler
{
    public static async Task<CommandResult> Handle(RejectClaim command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        if (await ReferralWork.LoadAsync(session, command.ReferralId, cancellation) is not { } work)
        {
            return Refusal.NotFound("Referral");
        }
        var decision = Decide(work.Referral.Aggregate!, command, clock.GetCurrentInstant());
        if (!decision.IsRefused && await session.Query<InvoiceRegistration>()
                .Where(r => r.ClaimId == command.ClaimId).FirstOrDefaultAsync(cancellation) is { } invoice)
        {
            // A rejected invoice may come back corrected under its own number.
            session.Delete(invoice);
        }
        return await work.CommitAsync(session, decision, (after, _) => ClaimDetails.Answer(after, command.ClaimId));
    }

    public static Decision Decide(Referral referral, RejectClaim command, Instant now)
    {
        if (referral.ClaimOf(command.ClaimId) is not { } claim)
        {
            return Refusal.NotFound("Claim");
        }
        if (claim.Status != ClaimStatus.Submitted)
        {
            return Refusal.InvalidTransition($"Only a submitted claim can be rejected; this one is {claim.Status}.");
        }
        return Decision.To(new Change(referral.Id,
            new ClaimRejected(referral.Id, claim.Id, command.Reason, command.Actor.User, command.Actor.Role, now)));
    }
}
