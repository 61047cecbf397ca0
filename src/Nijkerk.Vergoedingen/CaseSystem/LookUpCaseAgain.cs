using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>Look for the referral's zaak again: the zaak was not found, and may be there now (made since, or its number put right).</summary>
public sealed record LookUpCaseAgain(string ReferralId, Actor Actor) : ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(LookUpCaseAgain), ReferralId, Actor);
}

public static class LookUpCaseAgainEndpoint
{
    [WolverinePost("/api/referrals/{id}/zaak")]
    [Authorize(Policy = Policies.CaseWork)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(string id, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, new LookUpCaseAgain(id, user.ActorFor(Roles.Consulent, Roles.FinancialOfficer))).Ok();
}

public static class LookUpCaseAgainHandler
{
    public static async Task<(Outcome<ReferralDetails>, OutgoingMessages)> Handle(
        LookUpCaseAgain command, IDocumentSession session, IOptions<CaseSystemSettings> settings, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        var decision = Decide(streams.Current, settings.Value.For(session.TenantId) is not null, command, clock.GetCurrentInstant());
        var outcome = await streams.CommitAsync(session, decision, cancellation);
        return (outcome, decision.IsRefused ? [] : [new LinkCase(command.ReferralId)]);
    }

    public static Decision Decide(Referral? referral, bool caseSystem, LookUpCaseAgain command, Instant now)
    {
        if (referral is null)
        {
            return Refusal.NotFound("Referral");
        }
        if (!caseSystem)
        {
            return Refusal.InvalidTransition("This municipality has no zaaksysteem to look the zaak up in.");
        }
        if (referral.CaseLink is CaseLink.Linked or CaseLink.Ended)
        {
            return Refusal.InvalidTransition("This referral is linked to its zaak already.");
        }
        return Decision.To(new Change(referral.Id, new CaseLookupRequested(referral.Id, command.Actor.User, command.Actor.Role, now)));
    }
}
