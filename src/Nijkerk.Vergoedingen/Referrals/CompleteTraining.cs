using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record CompleteTrainingRequest(LocalDate? CompletedOn);

public sealed record CompleteTraining(string ReferralId, LocalDate CompletedOn, Actor Actor) : ICommand<ReferralDetails>
{
    public static Checked<CompleteTraining> Create(string referralId, LocalDate? completedOn, Actor actor)
    {
        var check = new Check();
        var date = check.Required("completedOn", completedOn);
        return check.Then(() => new CompleteTraining(referralId, date, actor));
    }
}

public static class CompleteTrainingEndpoint
{
    [WolverinePost("/api/referrals/{id}/complete")]
    [Authorize(Policy = Policies.Consulent)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(
        string id, CompleteTrainingRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, CompleteTraining.Create(id, body?.CompletedOn, user.ActorFor(Roles.Consulent))).Ok();
}

public static class CompleteTrainingHandler
{
    public static async Task<Outcome<ReferralDetails>> Handle(CompleteTraining command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        // A houd-me-vast training uses its slot when it is done: that is on the year.
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: r => r.Scheme.Kind == SchemeKind.Quota, cancellation);
        return await streams.CommitAsync(session, Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant()), cancellation);
    }

    /// <summary>A completed houd-me-vast training turns its reserved slot into a used one.</summary>
    public static Decision Decide(Referral? referral, bool yearClosed, CompleteTraining command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (referral.Status != ReferralStatus.Scheduled)
        {
            return Refusal.InvalidTransition($"Only a scheduled training can be completed; this one is {referral.Status}.");
        }
        if (command.CompletedOn < referral.StartDate)
        {
            return Refusal.Validation("completedOn", Rules.BeforeStart, $"The training started on {referral.StartDate:uuuu-MM-dd}; it cannot end before.");
        }
        if (command.CompletedOn > Amsterdam.DateOf(now))
        {
            return Refusal.Validation("completedOn", Rules.InFuture, "A training cannot be completed in the future.");
        }
        var actor = command.Actor;
        Change completed = new(referral.Id, new TrainingCompleted(referral.Id, command.CompletedOn, actor.User, actor.Role, now));
        if (referral.Scheme.Kind != SchemeKind.Quota)
        {
            return Decision.To(completed);
        }
        var consumed = new SlotConsumed(referral.Id, referral.Scheme, referral.Year, command.CompletedOn, actor.User, actor.Role, now);
        return Decision.To(completed, new Change(QuotaYear.StreamKey(referral.Scheme, referral.Year), consumed));
    }
}
