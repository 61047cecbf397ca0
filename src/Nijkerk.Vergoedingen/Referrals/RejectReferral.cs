using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record RejectReferral(string ReferralId, string Reason, Actor Actor) : CommandWithText, ICommand
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
    [Answers<ReferralDetails>]
    [WolverinePost("/api/referrals/{id}/reject")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, ReasonRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, RejectReferral.Create(id, body?.Reason, user.ActorFor(Roles.FinancialOfficer)));
}

public static class RejectReferralHandler
{
    public static Task<Answer> Handle(RejectReferral command, IDocumentSession session, IClock clock, CancellationToken cancellation) =>
        ReferralWork.RunAsync(session, command.ReferralId, cancellation, work => Decide(work.Referral.Aggregate!, command, clock.GetCurrentInstant()));

    public static Decision Decide(Referral referral, RejectReferral command, Instant now)
    {
        if (referral.Status != ReferralStatus.Requested)
        {
            return Refusal.InvalidTransition($"Only a requested referral can be rejected; this one is {referral.Status}.");
        }
        var reason = referral.Text("rejection", command.Reason, command.Salt);
        return Decision.To(new Change(referral.Id, new ReferralRejected(referral.Id, reason.Digest, command.Actor.User, command.Actor.Role, now)))
            .With(DocumentChange.Store(reason));
    }
}
