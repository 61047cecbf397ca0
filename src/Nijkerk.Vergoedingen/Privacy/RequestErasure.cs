using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Privacy;

public sealed record RequestErasure(string ErasureId, string CaseReference, string Reason, Actor Actor) : CommandWithText, ICommand<ErasureDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(RequestErasure), ErasureId, Actor);

    public static Checked<RequestErasure> Create(string erasureId, string? caseReference, string? reason, Actor actor)
    {
        var check = new Check();
        var reference = CaseReferences.Canonical(check.Text("caseReference", caseReference, RequestTraining.MaxCaseReference));
        var why = check.Text("reason", reason);
        return check.Then(() => new RequestErasure(erasureId, reference, why, actor));
    }
}

public static class RequestErasureEndpoint
{
    [WolverinePost("/api/cases/{caseReference}/erase")]
    [Authorize(Policy = Policies.PrivacyOfficer)]
    public static Task<Results<Accepted<ErasureDetails>, ProblemHttpResult>> Post(
        string caseReference, ReasonRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, RequestErasure.Create(Guid.CreateVersion7().ToString(), CaseReferences.FromRoute(caseReference), body?.Reason, user.ActorFor(Roles.PrivacyOfficer)))
            .Accepted(http, e => e.Id);
}

public static class RequestErasureHandler
{
    public static async Task<Outcome<ErasureDetails>> Handle(RequestErasure command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        // Stored in the capitals typed at the time, before references were kept in their canonical form.
        var known = await session.Query<ReferralView>().AnyAsync(r => r.CaseReference.ToUpperInvariant() == command.CaseReference, cancellation);
        var decision = Decide(known, command, clock.GetCurrentInstant());
        if (decision.IsRefused)
        {
            return decision.Refusal!;
        }
        var requested = (ErasureRequested)decision.Changes.Single().Event;
        session.Events.StartStream<Erasure>(Erasure.StreamKey(command.ErasureId), requested);
        session.WriteDocuments(decision);
        // A new erasure is its request: it waits for someone else to confirm it.
        return ErasureDetails.From(new Erasure().Evolve(requested)!);
    }

    /// <summary>
    /// An erasure is asked for a case the ledger knows; it waits for a second privacy officer. Its reason
    /// may name the person who asked, so it is a text of the case, erased with the rest.
    /// </summary>
    public static Decision Decide(bool caseKnown, RequestErasure command, Instant now)
    {
        if (!caseKnown)
        {
            return Refusal.NotFound("Case");
        }
        var key = Erasure.StreamKey(command.ErasureId);
        var reason = new PersonalText($"{key}/reason", command.CaseReference, null, command.Reason, command.Salt);
        return Decision.To(new Change(key,
                new ErasureRequested(command.ErasureId, command.CaseReference, reason.Digest, command.Actor.User, command.Actor.Role, now)))
            .With(DocumentChange.Store(reason));
    }
}
