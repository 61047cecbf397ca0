using System.Security.Claims;
using System.Text.RegularExpressions;
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

public sealed record RequestTrainingRequest(
    string? CaseReference, string? Scheme, int? Year, string? Motivation, string? Cost, string? OwnContribution);

public sealed record RequestTraining(
    string ReferralId, string CaseReference, Scheme Scheme, int Year, string Motivation,
    decimal? Cost, decimal? OwnContribution, Actor Actor) : ICommand;

public static partial class RequestTrainingEndpoint
{
    /// <summary>Referrals are for this year or the next; further ahead nobody can judge a crisis.</summary>
    public const int YearsAhead = 1;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9./_-]{2,39}$")]
    private static partial Regex CaseReferenceShape();

    /// <summary>A case number from the case system: 3 to 40 letters, digits and . / _ -, and never a BSN.</summary>
    public static bool IsCaseReference(string text) => CaseReferenceShape().IsMatch(text) && !BsnShape().IsMatch(text);

    [GeneratedRegex(@"^\d{8,9}$")]
    private static partial Regex BsnShape();

    public static ProblemDetails Validate(RequestTrainingRequest? body, IClock clock)
    {
        if (body is null)
        {
            return Validation.MissingBody();
        }
        var check = new Validation();
        var caseReference = check.Text("caseReference", body.CaseReference, 40);
        if (caseReference.Length > 0 && !CaseReferenceShape().IsMatch(caseReference))
        {
            check.Add("caseReference", "must be the case number from the case system, like Z-2026-0001");
        }
        if (BsnShape().IsMatch(caseReference))
        {
            check.Add("caseReference", "looks like a BSN; give the case number instead, never a BSN");
        }
        var scheme = check.Scheme("scheme", body.Scheme);
        check.Year("year", body.Year, clock.GetCurrentInstant(), YearsAhead);
        check.Text("motivation", body.Motivation);
        if (scheme?.Kind == SchemeKind.Budget)
        {
            var cost = check.Amount("cost", body.Cost);
            var own = check.Amount("ownContribution", body.OwnContribution);
            if (cost == 0m)
            {
                check.Add("cost", "must be more than 0.00");
            }
            if (own > cost)
            {
                check.Add("ownContribution", "must not be more than the cost");
            }
        }
        else if (scheme is not null)
        {
            if (body.Cost is not null)
            {
                check.Add("cost", $"is not used for {scheme}: the foundation pays the training");
            }
            if (body.OwnContribution is not null)
            {
                check.Add("ownContribution", $"is not used for {scheme}");
            }
        }
        return check.ToProblem();
    }

    [WolverinePost("/api/referrals")]
    [Authorize(Policy = Policies.Consulent)]
    public static Task<IResult> Post(RequestTrainingRequest body, ClaimsPrincipal user, IMessageBus bus, HttpContext http)
    {
        var scheme = Scheme.FromSlug(body.Scheme)!;
        var money = scheme.Kind == SchemeKind.Budget;
        return bus.SendAsync(http, new RequestTraining(
            Guid.CreateVersion7().ToString(), body.CaseReference!.Trim(), scheme, body.Year!.Value, body.Motivation!.Trim(),
            money ? decimal.Parse(body.Cost!, System.Globalization.CultureInfo.InvariantCulture) : null,
            money ? decimal.Parse(body.OwnContribution!, System.Globalization.CultureInfo.InvariantCulture) : null,
            user.ActorFor(Roles.Consulent)));
    }
}

public static class RequestTrainingHandler
{
    public static CommandResult Handle(RequestTraining command, IDocumentSession session, IClock clock)
    {
        var decision = Decide(command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        var requested = (TrainingRequested)decision.Changes.Single().Event;
        session.Events.StartStream<Referral>(command.ReferralId, requested);
        session.Store(new ReferralMotivation(command.ReferralId, command.Motivation));
        return CommandResult.Created($"/api/referrals/{command.ReferralId}", ReferralDetails.From(Referral.Fold(null, [requested])!, null));
    }

    public static Decision Decide(RequestTraining command, Instant now)
    {
        if (command.Year < Amsterdam.YearOf(now))
        {
            return Refusal.Validation("year", $"{command.Year} is over: referrals are for {Amsterdam.YearOf(now)} or later.");
        }
        return Decision.To(new Change(command.ReferralId, new TrainingRequested(
            command.ReferralId, command.CaseReference, command.Scheme.Slug, command.Year, command.Cost, command.OwnContribution,
            command.Actor.User, command.Actor.Role, now)));
    }
}
