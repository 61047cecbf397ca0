using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Privacy;

public sealed record ConfirmErasure(string ErasureId, string CaseReference, Actor Actor) : ICommand
{
    public override string ToString() => LogSafe.Describe(nameof(ConfirmErasure), ErasureId, Actor);
}

public static class ConfirmErasureEndpoint
{
    [Answers<ErasureDetails>]
    [WolverinePost("/api/cases/{caseReference}/erase/{id}/confirm")]
    [Authorize(Policy = Policies.PrivacyOfficer)]
    public static Task<IResult> Post(string caseReference, string id, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new ConfirmErasure(id, caseReference, user.ActorFor(Roles.PrivacyOfficer)));
}

public static class ConfirmErasureHandler
{
    public static async Task<Answer> Handle(ConfirmErasure command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Erasure>(Erasure.StreamKey(command.ErasureId), cancellation);
        var referrals = await session.Query<Referral>().Where(r => r.CaseReference == command.CaseReference).ToListAsync(cancellation);
        var texts = await PersonalTexts.OfCaseAsync(session, command.CaseReference, cancellation);
        var accounts = await Erasure.HouseholdAccountsAsync(session, referrals, cancellation);
        var decision = Decide(stream.Aggregate, [.. referrals], texts, [.. accounts], command, clock.GetCurrentInstant());
        if (decision.IsRefused)
        {
            return decision.Refusal!;
        }
        await session.AppendAsync(decision, cancellation, stream);
        return Answer.Done(ErasureDetails.From(Erasure.Fold(stream.Aggregate, decision.On(Erasure.StreamKey(command.ErasureId)))!));
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
        if (erasure is null || erasure.CaseReference != command.CaseReference)
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
