using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Years;

public sealed record CloseYear(int Year, Actor Actor) : ICommand;

public sealed record YearSealAnswer(int Year, Instant SealedAt, string Hash, int Events);

public static class CloseYearEndpoint
{
    [WolverinePost("/api/years/{year}/close")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string year, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        int.TryParse(year, System.Globalization.NumberStyles.None, null, out var number) && number is >= 2000 and <= 9999
            ? bus.SendAsync(http, new CloseYear(number, user.ActorFor(Roles.FinancialOfficer)))
            : Task.FromResult(Problems.Validation("year", "must be a year, like 2026").ToResult());
}

/// <summary>
/// Closing a year, in two commits: first the carry-over and the close itself, under the locks of this
/// year's and next year's streams; then the seal over everything up to the close. A close interrupted
/// between the two finishes the seal when it is asked again.
/// </summary>
public static class CloseYearHandler
{
    public static async Task<CommandResult> Handle(
        CloseYear command, IDocumentSession session, IClock clock, YearLedger ledger, IOptions<QuotaSettings> quotas, CancellationToken cancellation)
    {
        var (year, now) = (command.Year, clock.GetCurrentInstant());
        if (year >= Amsterdam.YearOf(now))
        {
            return Refusal.InvalidTransition($"{year} is not over yet in Europe/Amsterdam; it can be closed from 1 January {year + 1}.");
        }
        // Fixed order, budget before quota and this year before the next, as every other lock taker does.
        var budget = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand.Slug, year), cancellation);
        var nextBudget = await session.Events.FetchForExclusiveWriting<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand.Slug, year + 1), cancellation);
        var quota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast.Slug, year), cancellation);
        var nextQuota = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast.Slug, year + 1), cancellation);
        if (quota.Aggregate?.Seal is { } sealedBefore)
        {
            return CommandResult.Ok(new YearSealAnswer(year, sealedBefore.SealedAt, sealedBefore.Hash, sealedBefore.Events));
        }

        if (quota.Aggregate?.Closed != true)
        {
            var requested = await session.Query<Referral>()
                .Where(r => r.Year == year && r.Status == ReferralStatus.Requested).Select(r => r.Id).ToListAsync(cancellation);
            if (requested.Count > 0)
            {
                var problem = Problems.For(ProblemCodes.InvalidTransition,
                    $"{requested.Count} referrals of {year} still wait for a decision; approve or reject them first.");
                problem.Extensions["referrals"] = requested;
                return new CommandResult(StatusCodes.Status409Conflict, problem);
            }
            var openBatch = await session.Query<PaymentBatch>()
                .Where(b => !b.IsBooked && b.Items.Any(i => i.Year == year)).Select(b => b.Id).FirstOrDefaultAsync(cancellation);
            if (openBatch is not null)
            {
                return Refusal.InvalidTransition($"Payment batch {openBatch} holds payments of {year}; book it first.");
            }
            var open = await session.Query<Referral>()
                .Where(r => r.Year == year && (r.Status == ReferralStatus.Reserved || r.Status == ReferralStatus.Scheduled
                    || r.Status == ReferralStatus.Waitlisted || r.Committed > 0m)).ToListAsync(cancellation);
            var streams = new List<JasperFx.Events.IEventStream<object>> { budget, nextBudget, quota, nextQuota };
            foreach (var referral in open)
            {
                streams.Add(await session.Events.FetchForWriting<Referral>(referral.Id, cancellation));
            }
            var decision = YearClosing.Decide(year, quota.Aggregate, nextQuota.Aggregate, budget.Aggregate, nextBudget.Aggregate, open,
                quotas.Value.DefaultCapacity, command.Actor, now);
            if (decision.Refusal is { } refusal)
            {
                return refusal;
            }
            await session.AppendAsync(decision, cancellation, [.. streams]);
            await session.SaveChangesAsync(cancellation);
        }

        return await SealAsync(session, ledger, command, now, cancellation);
    }

    private static async Task<CommandResult> SealAsync(IDocumentSession session, YearLedger ledger, CloseYear command, Instant now, CancellationToken cancellation)
    {
        var year = command.Year;
        var events = await ledger.EventsAsync(session.TenantId, year, null, null, cancellation);
        var last = events.Last(e => e.Type == "year_closed").Sequence;
        var sealedEvents = events.Where(e => e.Sequence <= last).ToList();
        var previous = (await session.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast.Slug, year - 1), cancellation))?.Seal?.Hash;
        var links = SealChain.Links(previous, sealedEvents);
        var hash = links[^1].Hash;
        foreach (var scheme in Scheme.All)
        {
            var key = scheme.Kind == SchemeKind.Quota ? QuotaYear.StreamKey(scheme.Slug, year) : BudgetYear.StreamKey(scheme.Slug, year);
            session.Events.Append(key, new YearSealed(scheme.Slug, year, hash, links.Count, last, previous, command.Actor.User, command.Actor.Role, now));
        }
        session.Store(new SealManifest(SealManifest.IdFor(year), hash, links));
        return CommandResult.Ok(new YearSealAnswer(year, now, hash, links.Count));
    }
}
