using System.Security.Claims;
using Marten;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Marten;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Privacy;

public sealed record ConfirmErasure(string ErasureId, string CaseReference, Actor Actor) : ICommand<ErasureDetails>
{
    public static ConfirmErasure Create(string erasureId, string caseReference, Actor actor) => new(erasureId, CaseReferences.Canonical(caseReference), actor);

    public override string ToString() => LogSafe.Describe(nameof(ConfirmErasure), ErasureId, Actor);

    /// <summary>The erasure's own stream.</summary>
    public string StreamKey => Erasure.StreamKey(ErasureId);
}

public static class ConfirmErasureEndpoint
{
    [WolverinePost("/api/cases/{caseReference}/erase/{id}/confirm")]
    [Authorize(Policy = Policies.PrivacyOfficer)]
    public static Task<Results<Ok<ErasureDetails>, ProblemHttpResult>> Post(string caseReference, string id, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, ConfirmErasure.Create(id, CaseReferences.FromRoute(caseReference), user.ActorFor(Roles.PrivacyOfficer))).Ok();
}

public static class ConfirmErasureHandler
{
    public static async Task<Outcome<ErasureDetails>> Handle(
        ConfirmErasure command, [WriteAggregate(nameof(ConfirmErasure.StreamKey), Required = false)] IEventStream<Erasure> stream,
        IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        // Stored in the capitals typed at the time, before references were kept in their canonical form.
        var referrals = await session.Query<ReferralView>().Where(r => r.CaseReference.ToUpperInvariant() == command.CaseReference).ToListAsync(cancellation);
        var texts = await PersonalTexts.OfCaseAsync(session, command.CaseReference, cancellation);
        var accounts = await Erasure.HouseholdAccountsAsync(session, referrals, cancellation);
        var decision = Decide(stream.Aggregate, [.. referrals], texts, [.. accounts], command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, stream);
        return ErasureDetails.From((await session.Events.ProjectLatest<Erasure>(command.StreamKey, cancellation))!);
    }

    /// <summary>
    /// A second privacy officer confirms, and every personal document of the case reads "[gewist]" from then
    /// on: every text typed about it (this erasure's own reason too), the household's accounts and names. Events, amounts, counts and seals
    /// are untouched. Refused while a claim still has to be paid to the household's account.
    /// </summary>
    public static Decision Decide(
        Erasure? erasure, IReadOnlyList<Referral> referrals, IReadOnlyList<PersonalText> texts, IReadOnlyList<PayeeAccount> accounts,
        ConfirmErasure command, Instant now)
    {
        if (erasure is null || !CaseReferences.Same(erasure.CaseReference, command.CaseReference))
        {
            return Refusal.NotFound("Erasure");
        }
        if (command.Actor.Is(erasure.RequestedBy))
        {
            return Refusal.FourEyes("You asked for this erasure; another privacy officer must confirm it.");
        }
        if (erasure.Status != ErasureStatus.Requested)
        {
            return Refusal.InvalidTransition($"Only a requested erasure can be confirmed; this one is {erasure.Status}.");
        }
        if (referrals.SelectMany(r => r.Claims).Any(c => c.PayeeKind == PayeeKind.Household && c.Status is ClaimStatus.Submitted or ClaimStatus.Approved))
        {
            return Refusal.InvalidTransition("A claim still has to be paid to the household's account; erase once it is paid or rejected.");
        }
        var documents = Erasure.Erase(texts, accounts);
        return Decision.To(new Change(erasure.Id,
                new PersonalDataErased(erasure.ErasureId, erasure.CaseReference, documents.Length, command.Actor.User, command.Actor.Role, now)))
            .With(documents);
    }
}
