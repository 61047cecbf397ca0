using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Years;

public sealed record CloseYear(int Year, Actor Actor) : ICommand<YearClosedAnswer>;

public sealed record YearSealAnswer(int Year, Instant SealedAt, string Hash, int Events);

/// <summary>The year is closed; sealing it is the next command.</summary>
public sealed record YearClosedAnswer(int Year, bool Closed);

public static class CloseYearEndpoint
{
    /// <summary>Two transactions, each a command: close (with the carry-over), then seal what was closed.</summary>
    [WolverinePost("/api/years/{year}/close")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static async Task<Results<Ok<YearSealAnswer>, ProblemHttpResult>> Post(string year, ClaimsPrincipal user, CommandBus commands, HttpContext http)
    {
        var check = new Validation();
        var number = check.AnyYear("year", year);
        if (!check.IsValid)
        {
            return check.ToResult();
        }
        var actor = user.ActorFor(Roles.FinancialOfficer);
        var closing = await commands.SendAsync(new CloseYear(number, actor), null, http.RequestAborted);
        return closing.Refusal is { } refusal ? CommandResults.Problem(refusal) : await commands.SendAsync(http, new SealYear(number, actor)).Ok();
    }
}

/// <summary>
/// Closing a year: the carry-over and the close itself, under the locks of this year's and next year's
/// streams. Sealing follows as its own command, so a close interrupted before the seal finishes when
/// it is asked again.
/// </summary>
public static class CloseYearHandler
{
    public static async Task<(Outcome<YearClosedAnswer>, OutgoingMessages)> Handle(
        CloseYear command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var quotas = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        var (year, now) = (command.Year, clock.GetCurrentInstant());
        // A year that is not over is refused before anything is locked; the decision says the same.
        if (YearClosing.NotOver(year, now) is { } early)
        {
            return (early, []);
        }
        // Fixed order, budget before quota and this year before the next, as every other lock taker does.
        var budget = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year), cancellation);
        var nextBudget = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year + 1), cancellation);
        var quota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year), cancellation);
        var nextQuota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year + 1), cancellation);
        var state = await YearClosingState.ReadAsync(session, year, quota.Aggregate, nextQuota.Aggregate, budget.Aggregate, nextBudget.Aggregate, cancellation);
        var streams = new List<JasperFx.Events.IEventStream<object>> { budget, nextBudget, quota, nextQuota };
        streams.AddRange(await ReferralStreams.FetchManyAsync(session, state.Open.Select(r => r.Id), cancellation));
        var decision = YearClosing.Decide(state, quotas.DefaultCapacity, command.Actor, now);
        if (decision.Refusal is { } refusal)
        {
            return (refusal, []);
        }
        await session.AppendAsync(decision, cancellation, [.. streams]);
        return (new YearClosedAnswer(year, true),
            SlotFollowUps.For(decision, key => key == nextQuota.Key ? nextQuota.Aggregate : quota.Aggregate, quotas.ReservationExpiry));
    }
}
