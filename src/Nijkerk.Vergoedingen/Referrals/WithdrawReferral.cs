using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record WithdrawReferral(string ReferralId, string Reason, Actor Actor) : CommandWithText, ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(WithdrawReferral), ReferralId, Actor);

    public static Checked<WithdrawReferral> Create(string referralId, string? reason, Actor actor)
    {
        var check = new Check();
        var why = check.Text("reason", reason);
        return check.Then(() => new WithdrawReferral(referralId, why, actor));
    }
}

public static class WithdrawReferralEndpoint
{
    [WolverinePost("/api/referrals/{id}/withdraw")]
    [Authorize(Policy = Policies.CaseWork)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(string id, ReasonRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, WithdrawReferral.Create(id, body?.Reason, user.ActorFor(Roles.Consulent, Roles.FinancialOfficer))).Ok();
}

public static class WithdrawReferralHandler
{
    public static async Task<(Outcome<ReferralDetails>, OutgoingMessages)> Handle(
        WithdrawReferral command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var terms = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        // A request not yet decided holds nothing of its year.
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: r => r.Status != ReferralStatus.Requested, cancellation);
        var line = await streams.FirstInLineAsync(session, cancellation);
        var decision = Decide(streams.Current, streams.YearClosed, streams.Quota, line, command, clock.GetCurrentInstant());
        return (await streams.CommitAsync(session, decision, cancellation), SlotFollowUps.For(decision, _ => streams.Quota, terms.ReservationExpiry));
    }

    /// <summary>What the year's own stream says of a withdrawal: the typed reason stays with the referral, erasable.</summary>
    public const string YearReason = "The referral was withdrawn";

    /// <summary>
    /// Until the training starts, a referral can be withdrawn. Its slot goes to the first on the waitlist
    /// in the same transaction; its open commitment returns to the year's budget.
    /// </summary>
    public static Decision Decide(
        Referral? referral, bool yearClosed, QuotaYear? quota, IReadOnlyList<string> firstInLine, WithdrawReferral command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        var actor = command.Actor;
        var started = referral.Status == ReferralStatus.Scheduled && referral.StartDate <= Amsterdam.DateOf(now);
        if (referral.Status is ReferralStatus.Rejected or ReferralStatus.Completed or ReferralStatus.Withdrawn or ReferralStatus.Expired
            or ReferralStatus.Closed || started)
        {
            return Refusal.InvalidTransition(started
                ? $"The training started on {referral.StartDate:uuuu-MM-dd}; it can no longer be withdrawn."
                : $"A referral that is {referral.Status} cannot be withdrawn.");
        }
        if (referral.Claims.Any(c => c.Status == Claims.ClaimStatus.Submitted || c.Unpaid > 0m))
        {
            return Refusal.InvalidTransition("Claims of this referral wait for a decision or a payment; settle them first.");
        }
        var typed = referral.Text("withdrawal", command.Reason, command.Salt);
        List<Change> changes = [new(referral.Id, new ReferralWithdrawn(referral.Id, typed.Digest, actor.User, actor.Role, now))];

        if (referral.Status == ReferralStatus.Waitlisted && quota is not null)
        {
            changes.Add(new(quota.Id, new WaitlistLeft(referral.Id, referral.Scheme, referral.Year, YearReason, actor.User, actor.Role, now)));
        }
        else if (referral.Status is ReferralStatus.Reserved or ReferralStatus.Scheduled && quota is not null)
        {
            var released = new SlotReleased(referral.Id, referral.Scheme, referral.Year, YearReason, actor.User, actor.Role, now);
            changes.Add(new(referral.Id, released));
            changes.Add(new(quota.Id, released));
            changes.AddRange(QuotaRules.FillFromWaitlist(quota.Then(released), firstInLine, actor, now));
        }
        else if (referral.Committed > 0m)
        {
            var released = new CommitmentReleased(
                referral.Id, referral.Scheme, referral.Year, referral.Committed, YearReason, actor.User, actor.Role, now);
            changes.Add(new(referral.Id, released));
            changes.Add(new(BudgetYear.StreamKey(referral.Scheme, referral.Year), released));
        }
        return Decision.To(changes).With(DocumentChange.Store(typed));
    }
}
