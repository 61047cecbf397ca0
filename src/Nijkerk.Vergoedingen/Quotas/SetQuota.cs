using System.Security.Claims;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Years;
using Wolverine.Marten;
using Marten;

namespace Nijkerk.Vergoedingen.Quotas;

public sealed record SetQuotaRequest(int? Capacity, string? Reason);

public sealed record SetQuota(Scheme Scheme, int Year, int Capacity, string Reason, Actor Actor) : ICommand<QuotaEntry>
{
    public override string ToString() => LogSafe.Describe(nameof(SetQuota), $"{Scheme} {Year}", Actor);

    /// <summary>The stream of the year this sets.</summary>
    public string YearKey => QuotaYear.StreamKey(Scheme, Year);

    public const int MaxCapacity = 1000;

    /// <summary>
    /// Budgets and quotas are set ahead, for at most this many years after the current one — and for
    /// last year too, until it is closed, for the corrections that come after a year ends.
    /// </summary>
    public const int YearsAhead = 5;

    public const int YearsBack = 1;

    public static Checked<SetQuota> Create(Scheme? scheme, int? year, int? capacity, string? reason, Actor actor, Instant now)
    {
        var check = new Check();
        var route = check.Required("scheme", scheme, Common.Scheme.HoudMeVast);
        if (scheme is { Kind: not SchemeKind.Quota })
        {
            check.Fail("scheme", Rules.NotForScheme, $"{scheme} has a budget in euros, not a quota; use /api/budgets");
        }
        var number = check.Year("year", year, now, YearsBack, YearsAhead);
        var slots = check.Whole("capacity", capacity, 0, MaxCapacity);
        var why = check.Text("reason", reason);
        return check.Then(() => new SetQuota(route, number, slots, why, actor));
    }
}

public static class SetQuotaEndpoint
{
    [WolverinePut("/api/quotas/{scheme}/{year}")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static async Task<Results<Ok<QuotaEntry>, ProblemHttpResult>> Put(
        string scheme, string year, SetQuotaRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http, IClock clock)
    {
        var read = new Validation();
        var (route, number) = (read.Scheme("scheme", scheme), read.Year("year", year));
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return await commands.SendAsync(http, SetQuota.Create(route, number, body?.Capacity, body?.Reason, user.ActorFor(Roles.FinancialOfficer),
            clock.GetCurrentInstant())).Ok();
    }
}

public static class SetQuotaHandler
{
    public static async Task<(Outcome<QuotaEntry>, OutgoingMessages)> Handle(
        SetQuota command, [WriteAggregate(nameof(SetQuota.YearKey), Required = false, LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] IEventStream<QuotaYear> year,
        IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var terms = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        // A higher capacity can give each new slot to someone in line.
        var line = await WaitingLine.FirstAsync(session, year.Aggregate, command.Capacity - (year.Aggregate?.InUse ?? 0), cancellation);
        var decision = Decide(year.Aggregate, line, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return (refusal, []);
        }
        await session.AppendAsync(decision, cancellation, year);
        var after = await session.Events.ProjectLatest<QuotaYear>(command.YearKey, cancellation);
        return (QuotaEntry.From(after!), SlotFollowUps.For(decision, _ => year.Aggregate, terms.ReservationExpiry));
    }

    /// <summary>A higher capacity gives its new slots to the waitlist at once, first come first served.</summary>
    public static Decision Decide(QuotaYear? year, IReadOnlyList<string> firstInLine, SetQuota command, Instant now)
    {
        var actor = command.Actor;
        if (year is null)
        {
            return Decision.To(new Change(QuotaYear.StreamKey(command.Scheme, command.Year),
                new QuotaYearOpened(command.Scheme, command.Year, command.Capacity, command.Reason, actor.User, actor.Role, now)));
        }
        if (year.Closed)
        {
            return YearRules.Closed(year.Year);
        }
        if (command.Capacity < year.InUse)
        {
            return new Refusal(ProblemCodes.CapacityBelowUse,
                $"{year.InUse} slots of {year.Year} are reserved or used; the capacity cannot go below that.");
        }
        if (command.Capacity == year.Capacity)
        {
            return Decision.To();
        }
        var adjusted = new QuotaCapacityAdjusted(year.Scheme, year.Year, year.Capacity, command.Capacity, command.Reason, actor.User, actor.Role, now);
        return Decision.To([new Change(year.Id, adjusted), .. QuotaRules.FillFromWaitlist(year.Then(adjusted), firstInLine, actor, now)]);
    }
}
