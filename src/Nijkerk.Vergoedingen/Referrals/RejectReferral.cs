using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record RejectReferral(string ReferralId, string Reason, Actor Actor) : CommandWithText, ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(RejectReferral), ReferralId, Actor);

    public static Checked<RejectReferral> Create(string referralId, string? reason, Actor actor)
    {
        var check = new Check();
        var why = check.Text("reason", reason);
        return check.Then(() => new RejectReferral(referralId, why, actor));
    }
}

public static class RejectReferralEndpoint
{
    [WolverinePost("/api/referrals/{id}/reject")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(string id, ReasonRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, RejectReferral.Create(id, body?.Reason, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class RejectReferralHandler
{
    public static async Task<Outcome<ReferralDetails>> Handle(RejectReferral command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        return await streams.CommitAsync(session, Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant()), cancellation);
    }

    public static Decision Decide(Referral? referral, bool yearClosed, RejectReferral command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        // A decision either way is another's: whoever asked does not turn their own request down, as they do not approve it.
        if (command.Actor.Is(referral.RequestedBy))
        {
            return Refusal.FourEyes("You requested this referral; another financial officer must decide it.");
        }
        if (referral.Status != ReferralStatus.Requested)
        {
            return Refusal.InvalidTransition($"Only a requested referral can be rejected; this one is {referral.Status}.");
        }
        var reason = referral.Text("rejection", command.Reason, command.Salt);
        return Decision.To(new Change(referral.Id, new ReferralRejected(referral.Id, reason.Digest, command.Actor.User, command.Actor.Role, now)))
            .With(DocumentChange.Store(reason));
    }
}
