using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record ScheduleTrainingRequest(string? Provider, LocalDate? StartDate);

public sealed record ScheduleTraining(string ReferralId, string Provider, LocalDate StartDate, Actor Actor) : ICommand;

public static class ScheduleTrainingEndpoint
{
    public static ProblemDetails Validate(ScheduleTrainingRequest? body)
    {
        if (body is null)
        {
            return Validation.MissingBody();
        }
        var check = new Validation();
        check.Text("provider", body.Provider, Validation.MaxNameLength);
        if (body.StartDate is null)
        {
            check.Add("startDate", "is required, as a date like 2026-03-14");
        }
        return check.ToProblem();
    }

    [WolverinePost("/api/referrals/{id}/schedule")]
    [Authorize(Policy = Policies.Consulent)]
    public static Task<IResult> Post(string id, ScheduleTrainingRequest body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new ScheduleTraining(id, body.Provider!.Trim(), body.StartDate!.Value, user.ActorFor(Roles.Consulent)));
}

public static class ScheduleTrainingHandler
{
    public static Task<CommandResult> Handle(ScheduleTraining command, IDocumentSession session, IClock clock, CancellationToken cancellation) =>
        ReferralWork.RunAsync(session, command.ReferralId, cancellation, work => Decide(work.Referral.Aggregate!, command, clock.GetCurrentInstant()));

    /// <summary>A reserved slot or committed money can be planned, and a planned training moved.</summary>
    public static Decision Decide(Referral referral, ScheduleTraining command, Instant now)
    {
        if (referral.Status is not (ReferralStatus.Reserved or ReferralStatus.Committed or ReferralStatus.Scheduled))
        {
            return Refusal.InvalidTransition($"Only a reserved or committed referral can be scheduled; this one is {referral.Status}.");
        }
        if (command.StartDate < Amsterdam.DateOf(referral.RequestedAt))
        {
            return Refusal.Validation("startDate", "The training cannot start before it was requested.");
        }
        return Decision.To(new Change(referral.Id, new TrainingScheduled(
            referral.Id, command.Provider, command.StartDate, command.Actor.User, command.Actor.Role, now)));
    }
}
