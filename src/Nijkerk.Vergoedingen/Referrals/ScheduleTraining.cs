using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record ScheduleTrainingRequest(string? Provider, LocalDate? StartDate);

public sealed record ScheduleTraining(string ReferralId, string Provider, LocalDate StartDate, Actor Actor) : CommandWithText, ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(ScheduleTraining), ReferralId, Actor);

    /// <summary>Who gives the training, named by hand (perhaps a person: kept as personal text), and when it starts.</summary>
    public static Checked<ScheduleTraining> Create(string referralId, string? provider, LocalDate? startDate, Actor actor)
    {
        var check = new Check();
        var name = check.Text("provider", provider, Rules.MaxName);
        var start = check.Required("startDate", startDate);
        return check.Then(() => new ScheduleTraining(referralId, name, start, actor));
    }
}

public static class ScheduleTrainingEndpoint
{
    [WolverinePost("/api/referrals/{id}/schedule")]
    [Authorize(Policy = Policies.Consulent)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(
        string id, ScheduleTrainingRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, ScheduleTraining.Create(id, body?.Provider, body?.StartDate, user.ActorFor(Roles.Consulent))).Ok();
}

public static class ScheduleTrainingHandler
{
    public static async Task<Outcome<ReferralDetails>> Handle(ScheduleTraining command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        return await streams.CommitAsync(session, Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant()), cancellation);
    }

    /// <summary>A reserved slot or committed money can be planned, and a planned training moved.</summary>
    public static Decision Decide(Referral? referral, bool yearClosed, ScheduleTraining command, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (referral.Status is not (ReferralStatus.Reserved or ReferralStatus.Committed or ReferralStatus.Scheduled))
        {
            return Refusal.InvalidTransition($"Only a reserved or committed referral can be scheduled; this one is {referral.Status}.");
        }
        if (command.StartDate < Amsterdam.DateOf(referral.RequestedAt))
        {
            return Refusal.Validation("startDate", Rules.BeforeRequest, "The training cannot start before it was requested.");
        }
        // A training may be moved, each time perhaps to another trainer: each scheduling keeps its own text.
        var provider = referral.Text($"provider/{referral.Version + 1}", command.Provider, command.Salt);
        return Decision.To(new Change(referral.Id, new TrainingScheduled(
                referral.Id, provider.Digest, command.StartDate, command.Actor.User, command.Actor.Role, now)))
            .With(DocumentChange.Store(provider));
    }
}
