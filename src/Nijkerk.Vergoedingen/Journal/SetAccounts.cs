using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Wolverine.Marten;

namespace Nijkerk.Vergoedingen.Journal;

public sealed record SetAccountsRequest(string? LedgerAccount, string? CostCentre, string? TaskField, string? Category, LocalDate? EffectiveFrom, string? Reason);

public sealed record SetAccounts(
    Scheme Scheme, string LedgerAccount, string CostCentre, string TaskField, string Category, LocalDate EffectiveFrom, string Reason, Actor Actor)
    : ICommand<SchemeAccounts>
{
    public override string ToString() => LogSafe.Describe(nameof(SetAccounts), Scheme.Slug, Actor);

    public string StreamKey => SchemeAccounts.StreamKey(Scheme);

    public const int MaxCode = 40;

    public static Checked<SetAccounts> Create(Scheme? scheme, SetAccountsRequest? body, Actor actor)
    {
        var check = new Check();
        var route = check.Required("scheme", scheme, Scheme.BijzondereBijstand);
        var (account, centre) = (check.Text("ledgerAccount", body?.LedgerAccount, MaxCode), check.Text("costCentre", body?.CostCentre, MaxCode));
        var (task, category) = (check.Text("taskField", body?.TaskField, Rules.MaxName), check.Text("category", body?.Category, Rules.MaxName));
        var from = check.Required("effectiveFrom", body?.EffectiveFrom);
        var why = check.Text("reason", body?.Reason);
        return check.Then(() => new SetAccounts(route, account, centre, task, category, from, why, actor));
    }
}

public static class SetAccountsEndpoint
{
    [WolverinePut("/api/accounts/{scheme}")]
    [Authorize(Policy = Policies.Admin)]
    public static async Task<Results<Ok<SchemeAccounts>, ProblemHttpResult>> Put(
        string scheme, SetAccountsRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http)
    {
        var read = new Validation();
        var route = read.Scheme("scheme", scheme);
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return await commands.SendAsync(http, SetAccounts.Create(route, body, user.ActorFor(Roles.Admin))).Ok();
    }
}

public static class SetAccountsHandler
{
    public static async Task<Outcome<SchemeAccounts>> Handle(
        SetAccounts command, [WriteAggregate(nameof(SetAccounts.StreamKey), Required = false)] IEventStream<SchemeAccounts> accounts,
        IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var decision = Decide(command, clock.GetCurrentInstant());
        await session.AppendAsync(decision, cancellation, accounts);
        return (await session.Events.ProjectLatest<SchemeAccounts>(command.StreamKey, cancellation))!;
    }

    /// <summary>A new setting beside the earlier ones, with who, when and why; the books of a date read the one effective then.</summary>
    public static Decision Decide(SetAccounts command, Instant now) => Decision.To(new Change(command.StreamKey, new AccountsSet(
        command.Scheme, command.LedgerAccount, command.CostCentre, command.TaskField, command.Category, command.EffectiveFrom, command.Reason,
        command.Actor.User, command.Actor.Role, now)));
}
