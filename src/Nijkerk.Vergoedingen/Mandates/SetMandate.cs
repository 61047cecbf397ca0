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

namespace Nijkerk.Vergoedingen.Mandates;

public sealed record SetMandateRequest(string? CommitLimit, string? ClaimLimit, LocalDate? EffectiveFrom, string? Reason);

public sealed record SetMandate(string Officer, decimal? CommitLimit, decimal? ClaimLimit, LocalDate EffectiveFrom, string Reason, Actor Actor)
    : ICommand<MandateRegisterPage>
{
    public override string ToString() => LogSafe.Describe(nameof(SetMandate), "a mandate", Actor);

    public string StreamKey => MandateRegister.StreamKey;

    public static Checked<SetMandate> Create(string officer, decimal? commitLimit, decimal? claimLimit, LocalDate? effectiveFrom, string? reason, Actor actor)
    {
        var check = new Check();
        var who = check.Text("officer", officer, Rules.MaxName, identifier: true);
        var commit = commitLimit is null ? (decimal?)null : check.Amount("commitLimit", commitLimit);
        var claim = claimLimit is null ? (decimal?)null : check.Amount("claimLimit", claimLimit);
        var from = check.Required("effectiveFrom", effectiveFrom);
        var why = check.Text("reason", reason);
        return check.Then(() => new SetMandate(who, commit, claim, from, why, actor));
    }
}

public static class SetMandateEndpoint
{
    /// <summary>A mandate for the officer with this user id, or for <c>default</c>: every officer without one of their own.</summary>
    [WolverinePut("/api/mandates/{officer}")]
    [Authorize(Policy = Policies.Admin)]
    public static async Task<Results<Ok<MandateRegisterPage>, ProblemHttpResult>> Put(
        string officer, SetMandateRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http)
    {
        var read = new Validation();
        var (commit, claim) = (read.Amount("commitLimit", body?.CommitLimit), read.Amount("claimLimit", body?.ClaimLimit));
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return await commands.SendAsync(http, SetMandate.Create(officer, commit, claim, body?.EffectiveFrom, body?.Reason, user.ActorFor(Roles.Admin))).Ok();
    }
}

public static class SetMandateHandler
{
    public static async Task<Outcome<MandateRegisterPage>> Handle(
        SetMandate command, [WriteAggregate(nameof(SetMandate.StreamKey), Required = false)] IEventStream<MandateRegister> register,
        IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        await session.AppendAsync(Decide(command, now), cancellation, register);
        return MandateRegisterPage.Of((await session.Events.ProjectLatest<MandateRegister>(command.StreamKey, cancellation))!, now);
    }

    /// <summary>A new record beside the earlier ones: a raise or a cut takes effect from its date, and the register keeps what held before.</summary>
    public static Decision Decide(SetMandate command, Instant now) => Decision.To(new Change(MandateRegister.StreamKey, new MandateSet(
        command.Officer, command.CommitLimit, command.ClaimLimit, command.EffectiveFrom, command.Reason, command.Actor.User, command.Actor.Role, now)));
}
