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

public sealed record SetBudget(Scheme Scheme, int Year, decimal Amount, string Reason, Actor Actor) : ICommand
{
    public override string ToString() => LogSafe.Describe(nameof(SetBudget), $"{Scheme} {Year}", Actor);

    /// <summary>The same years as a quota: last year until it is closed, and up to five years ahead.</summary>
    public static Checked<SetBudget> Create(Scheme? scheme, int? year, decimal? amount, string? reason, Actor actor, Instant now)
    {
        var check = new Check();
        var route = check.Required("scheme", scheme, Common.Scheme.BijzondereBijstand);
        if (scheme is { Kind: not SchemeKind.Budget })
        {
            check.Fail("scheme", Rules.NotForScheme, $"{scheme} has a quota of trainings, not a budget; use /api/quotas");
        }
        var number = check.Year("year", year, now, SetQuota.YearsBack, SetQuota.YearsAhead);
        var euros = check.Amount("amount", amount, positive: false);
        var why = check.Text("reason", reason);
        return check.Then(() => new SetBudget(route, number, euros, why, actor));
    }
}

public static class SetBudgetEndpoint
{
    [Answers<BudgetEntry>]
    [WolverinePut("/api/budgets/{scheme}/{year}")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Put(
        string scheme, string year, SetBudgetRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http, IClock clock)
    {
        var read = new Validation();
        var (route, number, amount) = (read.Scheme("scheme", scheme), read.Year("year", year), read.Amount("amount", body?.Amount));
        return !read.IsValid
            ? Task.FromResult(read.ToResult())
            : bus.SendAsync(http, SetBudget.Create(route, number, amount, body?.Reason, user.ActorFor(Roles.FinancialOfficer), clock.GetCurrentInstant()));
    }
}

public static class SetBudgetHandler
{
    public static async Task<Answer> Handle(SetBudget command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(command.Scheme, command.Year), cancellation);
        var decision = Decide(stream.Aggregate, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, stream);
        return Answer.Done(BudgetEntry.From(BudgetYear.Fold(stream.Aggregate, decision.On(stream.Key!))!));
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
