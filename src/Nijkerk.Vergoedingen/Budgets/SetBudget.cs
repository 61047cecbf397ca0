using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Wolverine.Http;
using Wolverine.Marten;

namespace Nijkerk.Vergoedingen.Budgets;

public sealed record SetBudgetRequest(string? Amount, string? Reason);

public sealed record SetBudget(Scheme Scheme, int Year, decimal Amount, string Reason, Actor Actor) : ICommand<BudgetEntry>
{
    public override string ToString() => LogSafe.Describe(nameof(SetBudget), $"{Scheme} {Year}", Actor);

    /// <summary>The stream of the year this sets.</summary>
    public string YearKey => BudgetYear.StreamKey(Scheme, Year);

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
    [WolverinePut("/api/budgets/{scheme}/{year}")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static async Task<Results<Ok<BudgetEntry>, ProblemHttpResult>> Put(
        string scheme, string year, SetBudgetRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http, IClock clock)
    {
        var read = new Validation();
        var (route, number, amount) = (read.Scheme("scheme", scheme), read.Year("year", year), read.Amount("amount", body?.Amount));
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return await commands.SendAsync(http, SetBudget.Create(route, number, amount, body?.Reason, user.ActorFor(Roles.FinancialOfficer),
            clock.GetCurrentInstant())).Ok();
    }
}

public static class SetBudgetHandler
{
    public static async Task<Outcome<BudgetEntry>> Handle(
        SetBudget command, [WriteAggregate(nameof(SetBudget.YearKey), Required = false, LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] IEventStream<BudgetYear> year,
        IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var decision = Decide(year.Aggregate, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, year);
        return BudgetEntry.From((await session.Events.ProjectLatest<BudgetYear>(command.YearKey, cancellation))!);
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
            return YearRules.Closed(year.Year);
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
