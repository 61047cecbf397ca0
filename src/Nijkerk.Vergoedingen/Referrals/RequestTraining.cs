using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record RequestTrainingRequest(
    string? CaseReference, string? Scheme, int? Year, string? Motivation, string? Cost = null, string? OwnContribution = null);

public sealed record RequestTraining(
    string ReferralId, string CaseReference, Scheme Scheme, int Year, string Motivation,
    decimal? Cost, decimal? OwnContribution, Actor Actor) : CommandWithText, ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(RequestTraining), $"{Scheme} {Year}, referral {ReferralId}", Actor);

    /// <summary>Referrals are for this year or the next; further ahead nobody can judge a crisis.</summary>
    public const int YearsAhead = 1;

    public const int MaxCaseReference = CaseReferences.MaxLength;

    /// <summary>
    /// The one way to a request: a case number from the case system (never a BSN), in its canonical form, a scheme,
    /// this year or the next, a motivation, and for bijzondere bijstand the cost and the household's own share.
    /// </summary>
    public static Checked<RequestTraining> Create(
        string referralId, string? caseReference, Scheme? scheme, int? year, string? motivation, decimal? cost, decimal? ownContribution,
        Actor actor, Instant now)
    {
        var check = new Check();
        var reference = CaseReferences.Canonical(check.Text("caseReference", caseReference, MaxCaseReference));
        if (!check.Failed("caseReference") && !CaseReferences.IsWellFormed(reference))
        {
            check.Fail("caseReference", Rules.Shape, "must be the case number from the case system, like Z-2026-0001");
        }
        var route = check.Required("scheme", scheme, Scheme.HoudMeVast);
        var number = check.Year("year", year, now, back: 0, ahead: YearsAhead);
        var text = check.Text("motivation", motivation);
        if (scheme?.Kind == SchemeKind.Budget)
        {
            var total = check.Amount("cost", cost);
            var own = check.Amount("ownContribution", ownContribution, positive: false);
            if (!check.Failed("cost") && !check.Failed("ownContribution") && own > total)
            {
                check.Fail("ownContribution", Rules.AboveCost, "must not be more than the cost");
            }
        }
        else if (scheme is not null)
        {
            if (cost is not null)
            {
                check.Fail("cost", Rules.NotForScheme, $"is not used for {scheme}: the foundation pays the training");
            }
            if (ownContribution is not null)
            {
                check.Fail("ownContribution", Rules.NotForScheme, $"is not used for {scheme}");
            }
        }
        return check.Then(() => new RequestTraining(referralId, reference, route, number, text, cost, ownContribution, actor));
    }
}

public static class RequestTrainingEndpoint
{
    [WolverinePost("/api/referrals")]
    [Authorize(Policy = Policies.Consulent)]
    public static async Task<Results<Created<ReferralDetails>, ProblemHttpResult>> Post(
        RequestTrainingRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http, IClock clock)
    {
        var read = new Validation();
        var (scheme, cost, own) = (read.Scheme("scheme", body?.Scheme), read.Amount("cost", body?.Cost), read.Amount("ownContribution", body?.OwnContribution));
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return await commands.SendAsync(http, RequestTraining.Create(Guid.CreateVersion7().ToString(), body?.CaseReference, scheme, body?.Year,
            body?.Motivation, cost, own, user.ActorFor(Roles.Consulent), clock.GetCurrentInstant())).Created(http, r => r.Id);
    }
}

public static class RequestTrainingHandler
{
    public static async Task<(Outcome<ReferralDetails>, OutgoingMessages)> Handle(
        RequestTraining command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities,
        IOptions<CaseSystemSettings> caseSystem, CancellationToken cancellation)
    {
        var offered = (await municipalities.TermsOfAsync(session.TenantId, cancellation)).Schemes;
        var decision = Decide(command, offered, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return (refusal, []);
        }
        var requested = decision.On(command.ReferralId).ToArray();
        session.Events.StartStream<Referral>(command.ReferralId, requested);
        session.WriteDocuments(decision);
        // Where the municipality's zaaksysteem is known, the referral is linked to its zaak after the commit.
        var followUps = new OutgoingMessages();
        if (caseSystem.Value.For(session.TenantId) is not null)
        {
            followUps.Add(new LinkCase(command.ReferralId));
        }
        // A new referral is its request: nothing stored comes before it.
        return (ReferralDetails.From(Referral.Fold(null, requested)!, null), followUps);
    }

    /// <summary>
    /// A request is a fact about the household's case, for a scheme its municipality offers; the
    /// consulent's words stay in an erasable document.
    /// </summary>
    public static Decision Decide(RequestTraining command, IReadOnlyCollection<Scheme> offered, Instant now)
    {
        if (!offered.Contains(command.Scheme))
        {
            return new Refusal(ProblemCodes.SchemeNotOffered,
                $"This municipality does not offer {command.Scheme}; it offers {string.Join(", ", offered)}.", "scheme");
        }
        var motivation = new PersonalText(
            MotivationOf(command.ReferralId), command.CaseReference, command.ReferralId, command.Motivation, command.Salt);
        return Decision.To(new Change(command.ReferralId, new TrainingRequested(
                command.ReferralId, command.CaseReference, command.Scheme, command.Year, command.Cost, command.OwnContribution,
                motivation.Digest, command.Actor.User, command.Actor.Role, now)))
            .With(DocumentChange.Store(motivation));
    }

    /// <summary>Where a referral's motivation is kept.</summary>
    public static string MotivationOf(string referralId) => $"{referralId}/motivation";
}
