using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record ApproveReferral(string ReferralId, string Reason, Actor Actor) : CommandWithText, ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(ApproveReferral), ReferralId, Actor);

    public static Checked<ApproveReferral> Create(string referralId, string? reason, Actor actor)
    {
        var check = new Check();
        var why = check.Text("reason", reason);
        return check.Then(() => new ApproveReferral(referralId, why, actor));
    }
}

public static class ApproveReferralEndpoint
{
    [WolverinePost("/api/referrals/{id}/approve")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(string id, ReasonRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, ApproveReferral.Create(id, body?.Reason, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class ApproveReferralHandler
{
    public static async Task<(Outcome<ReferralDetails>, OutgoingMessages)> Handle(
        ApproveReferral command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, MandateBook mandates,
        CancellationToken cancellation)
    {
        var terms = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => true, cancellation);
        var now = clock.GetCurrentInstant();
        var mandate = await mandates.OfAsync(session, command.Actor.User, now, cancellation);
        var decision = Decide(streams.Current, streams.Quota, streams.Budget, command, terms.DefaultCapacity, now, mandate);
        return (await streams.CommitAsync(session, decision, cancellation), SlotFollowUps.For(decision, _ => streams.Quota, terms.ReservationExpiry));
    }

    /// <summary>
    /// Houd-me-vast: a free slot is reserved, else the referral joins the waitlist. Bijzondere bijstand:
    /// cost minus own contribution is committed, or nothing is when the year's budget cannot cover it.
    /// </summary>
    public static Decision Decide(
        Referral? referral, QuotaYear? quota, BudgetYear? budget, ApproveReferral command, int defaultCapacity, Instant now, Mandate? mandate = null)
    {
        if (referral is null)
        {
            return Refusal.NotFound("Referral");
        }
        if (quota?.Closed == true || budget?.Closed == true)
        {
            return YearRules.Closed(referral.Year);
        }
        var actor = command.Actor;
        if (actor.Is(referral.RequestedBy))
        {
            return Refusal.FourEyes("You requested this referral; another financial officer must approve it.");
        }
        if (referral.Status != ReferralStatus.Requested)
        {
            return Refusal.InvalidTransition($"Only a requested referral can be approved; this one is {referral.Status}.");
        }
        var reason = referral.Text("approval", command.Reason, command.Salt);
        Change approved = new(referral.Id, new ReferralApproved(referral.Id, reason.Digest, actor.User, actor.Role, now));

        if (referral.Scheme.Kind == SchemeKind.Quota)
        {
            var (year, opening) = QuotaRules.OpenOnFirstUse(quota, referral.Scheme, referral.Year, defaultCapacity, actor, now);
            var outcome = QuotaRules.ReserveOrWaitlist(year, referral.Id, actor, now);
            return Decision.To([.. opening, approved, new(referral.Id, outcome), new(year.Id, outcome)]).With(DocumentChange.Store(reason));
        }

        var amount = referral.Cost!.Value - referral.OwnContribution!.Value;
        var (budgetYear, budgetOpening) = BudgetRules.OpenOnFirstUse(budget, referral.Scheme, referral.Year, actor, now);
        if (amount > budgetYear.Available)
        {
            return BudgetRules.Exhausted(budgetYear, amount);
        }
        var (beyond, named) = MandateRules.Check(mandate, mandate?.CommitLimit, amount, "The commitment", referral.Id, null, actor, now);
        if (beyond is not null)
        {
            return beyond;
        }
        var committed = new FundsCommitted(referral.Id, referral.Scheme, referral.Year, amount, actor.User, actor.Role, now);
        return Decision.To([
            .. budgetOpening, approved, new(referral.Id, committed), new(budgetYear.Id, committed), .. MandateRules.Named(referral.Id, named),
        ]).With(DocumentChange.Store(reason));
    }
}
