using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Budgets;

public sealed record SetBudgetRequest(string? Amount, string? Reason);

public sealed record SetBudget(string Scheme, int Year, decimal Amount, string Reason, Actor Actor) : ICommand;

public static class SetBudgetEndpoint
{
    [WolverinePut("/api/budgets/{scheme}/{year}")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Put(
        string scheme, string year, SetBudgetRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http, IClock clock)
    {
        var check = new Validation();
        if (check.Scheme("scheme", scheme) is { Kind: not SchemeKind.Budget } wrong)
        {
            check.Add("scheme", $"{wrong} has a quota of trainings, not a budget; use /api/quotas");
        }
        var number = check.Year("year", year, clock.GetCurrentInstant(), SetQuotaEndpoint.YearsAhead, back: 1);
        var amount = check.Amount("amount", body?.Amount);
        var reason = check.Text("reason", body?.Reason);
        return check.IsValid
            ? bus.SendAsync(http, new SetBudget(scheme, number, amount!.Value, reason, user.ActorFor(Roles.FinancialOfficer)))
            : Task.FromResult(check.ToProblem().ToResult());
    }
}

public static class SetBudgetHandler
{
    public static async Task<CommandResult> Handle(SetBudget command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(command.Scheme, command.Year), cancellation);
        var decision = Decide(stream.Aggregate, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, stream);
        return CommandResult.Ok(BudgetEntry.From(BudgetYear.Fold(stream.Aggregate, decision.On(stream.Key!))!));
    }

    /// <summary>Every change is a begrotingswijziging with its reason; none may undercut what is already spoken for.</summary>
    public static Decision Decide(BudgetYear? year, SetBudget command, Instant now)
    {
        var actor = command.Actor;
        if (year is null)
        {
            return Decision.To(new Change(BudgetYear.StreamKey(command.Scheme, command.Year),
                new BudgetYearOpened(command.Scheme, command.Year, command.Amount, command.Reason, actor.User, actor.Role, now)));
        }
        if (year.Closed)
        {
            return Years.YearRules.Closed(year.Year);
        }
        if (command.Amount < year.Committed + year.Paid)
        {
            return new Refusal(ProblemCodes.BudgetBelowUse,
                $"{Amount.Format(year.Committed + year.Paid)} of {year.Year} is committed or paid; the budget cannot go below that.");
        }
        return command.Amount == year.Budget
            ? Decision.To()
            : Decision.To(new Change(year.Id,
                new BudgetAdjusted(year.Scheme, year.Year, year.Budget, command.Amount, command.Reason, actor.User, actor.Role, now)));
    }
}
