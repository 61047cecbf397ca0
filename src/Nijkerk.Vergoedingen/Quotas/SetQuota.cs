using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Quotas;

public sealed record SetQuotaRequest(int? Capacity, string? Reason);

public sealed record SetQuota(Scheme Scheme, int Year, int Capacity, string Reason, Actor Actor) : ICommand
{
    public override string ToString() => LogSafe.Describe(nameof(SetQuota), $"{Scheme} {Year}", Actor);

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
    [Answers<QuotaEntry>]
    [WolverinePut("/api/quotas/{scheme}/{year}")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Put(
        string scheme, string year, SetQuotaRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http, IClock clock)
    {
        var read = new Validation();
        var (route, number) = (read.Scheme("scheme", scheme), read.Year("year", year));
        return !read.IsValid
            ? Task.FromResult(read.ToResult())
            : bus.SendAsync(http, SetQuota.Create(route, number, body?.Capacity, body?.Reason, user.ActorFor(Roles.FinancialOfficer), clock.GetCurrentInstant()));
    }
}

public static class SetQuotaHandler
{
    public static async Task<(Answer, OutgoingMessages)> Handle(
        SetQuota command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var quotas = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        var stream = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(command.Scheme, command.Year), cancellation);
        var decision = Decide(stream.Aggregate, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return (refusal, []);
        }
        await session.AppendAsync(decision, cancellation, stream);
        return (Answer.Done(QuotaEntry.From(QuotaYear.Fold(stream.Aggregate, decision.On(stream.Key!))!)),
            SlotFollowUps.For(decision, _ => stream.Aggregate, quotas.ReservationExpiry.ToTimeSpan()));
    }

    /// <summary>A higher capacity gives its new slots to the waitlist at once, first come first served.</summary>
    public static Decision Decide(QuotaYear? year, SetQuota command, Instant now)
    {
        var actor = command.Actor;
        if (year is null)
        {
            return Decision.To(new Change(QuotaYear.StreamKey(command.Scheme, command.Year),
                new QuotaYearOpened(command.Scheme, command.Year, command.Capacity, command.Reason, actor.User, actor.Role, now)));
        }
        if (year.Closed)
        {
            return Years.YearRules.Closed(year.Year);
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
        return Decision.To([new Change(year.Id, adjusted), .. QuotaRules.FillFromWaitlist(year.Then(adjusted), actor, now)]);
    }
}
