using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record RejectClaim(string ReferralId, string ClaimId, string Reason, Actor Actor) : CommandWithText, ICommand<ClaimDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(RejectClaim), $"claim {ClaimId} of referral {ReferralId}", Actor);

    public static Checked<RejectClaim> Create(string referralId, string claimId, string? reason, Actor actor)
    {
        var check = new Check();
        var why = check.Text("reason", reason);
        return check.Then(() => new RejectClaim(referralId, claimId, why, actor));
    }
}

public static class RejectClaimEndpoint
{
    [WolverinePost("/api/referrals/{id}/claims/{claimId}/reject")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ClaimDetails>, ProblemHttpResult>> Post(
        string id, string claimId, ReasonRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, RejectClaim.Create(id, claimId, body?.Reason, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class RejectClaimHandler
{
    public static async Task<Outcome<ClaimDetails>> Handle(RejectClaim command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        var decision = Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant());
        return await streams.CommitAsync(session, decision, after => ClaimDetails.Of(after, command.ClaimId), cancellation);
    }

    /// <summary>A rejected invoice may come back corrected under its own number, so its registration goes with the rejection.</summary>
    public static Decision Decide(Referral? referral, bool yearClosed, RejectClaim command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (referral.ClaimOf(command.ClaimId) is not { } claim)
        {
            return Refusal.NotFound("Claim");
        }
        if (claim.Status != ClaimStatus.Submitted)
        {
            return Refusal.InvalidTransition($"Only a submitted claim can be rejected; this one is {claim.Status}.");
        }
        var reason = referral.Text($"claims/{claim.Id}/rejection", command.Reason, command.Salt);
        return Decision.To(new Change(referral.Id,
                new ClaimRejected(referral.Id, claim.Id, reason.Digest, command.Actor.User, command.Actor.Role, now)))
            .With(DocumentChange.Store(reason), DocumentChange.Delete(new InvoiceRegistration(
                InvoiceRegistration.KeyFor(referral, claim.PayeeKind, claim.PayeeId, claim.InvoiceNumber), referral.Id, claim.Id)));
    }
}
