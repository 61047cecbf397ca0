using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record ApproveReferral(string ReferralId, string Reason, Actor Actor) : CommandWithText, ICommand
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
    [Answers<ReferralDetails>]
    [WolverinePost("/api/referrals/{id}/approve")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, ReasonRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, ApproveReferral.Create(id, body?.Reason, user.ActorFor(Roles.FinancialOfficer)));
}

public static class ApproveReferralHandler
{
    public static async Task<(Answer, OutgoingMessages)> Handle(
        ApproveReferral command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var quotas = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        if (await ReferralWork.LoadAsync(session, command.ReferralId, cancellation) is not { } work)
        {
            return (Refusal.NotFound("Referral"), []);
        }
        var decision = Decide(
            work.Referral.Aggregate!, work.Quota?.Aggregate, work.Budget?.Aggregate, command, quotas.DefaultCapacity, clock.GetCurrentInstant());
        return (await work.CommitAsync(session, decision), work.FollowUps(decision, quotas.ReservationExpiry.ToTimeSpan()));
    }

    /// <summary>
    /// Houd-me-vast: a free slot is reserved, else the referral joins the waitlist. Bijzondere bijstand:
    /// cost minus own contribution is committed, or nothing is when the year's budget cannot cover it.
    /// </summary>
    public static Decision Decide(
        Referral referral, QuotaYear? quota, BudgetYear? budget, ApproveReferral command, int defaultCapacity, Instant now)
    {
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
        var committed = new FundsCommitted(referral.Id, referral.Scheme, referral.Year, amount, actor.User, actor.Role, now);
        return Decision.To([.. budgetOpening, approved, new(referral.Id, committed), new(budgetYear.Id, committed)]).With(DocumentChange.Store(reason));
    }
}
