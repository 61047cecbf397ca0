using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Years;
using Nijkerk.Vergoedingen.Municipalities;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>Make sure one <see cref="OpenYear"/> waits for 1 January 00:00 (Europe/Amsterdam) of this year.</summary>
public sealed record ScheduleNewYear(int Year)
{
    /// <summary>This year's and next year's, for one municipality: what the calendar asks when it starts, and a new municipality at once.</summary>
    public static ScheduleNewYear[] Around(Instant now) => [new(Amsterdam.YearOf(now)), new(Amsterdam.YearOf(now) + 1)];

    /// <summary>Off only where a host must not act on its own, such as tests that count every event.</summary>
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Quotas:ScheduleNewYear", true);
}

/// <summary>New Year in a municipality: the quota year opens and last year's waitlist moves into it.</summary>
public sealed record OpenYear(int Year);

/// <summary>"The New Year of this year is scheduled", so restarts and other nodes schedule it only once.</summary>
public sealed record NewYearScheduled(string Id);

public static class ScheduleNewYearHandler
{
    public static async Task<OutgoingMessages> Handle(ScheduleNewYear message, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var id = $"new-year/{message.Year}";
        if (await session.LoadAsync<NewYearScheduled>(id, cancellation) is not null)
        {
            return [];
        }
        session.Insert(new NewYearScheduled(id));
        var delay = Amsterdam.StartOf(new LocalDate(message.Year, 1, 1)) - clock.GetCurrentInstant();
        return [new OpenYear(message.Year).DelayedFor(delay > Duration.Zero ? delay.ToTimeSpan() : TimeSpan.Zero)];
    }
}

public static class OpenYearHandler
{
    public static Task<OutgoingMessages> Handle(
        OpenYear message, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation) =>
        LedgerMetrics.CalendarRunAsync("new-year", () => OpenAsync(message, session, clock, municipalities, cancellation));

    private static async Task<OutgoingMessages> OpenAsync(
        OpenYear message, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var quotas = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        var (now, year) = (clock.GetCurrentInstant(), message.Year);
        if (Amsterdam.YearOf(now) < year)
        {
            return [message.DelayedFor((Amsterdam.StartOf(new LocalDate(year, 1, 1)) - now).ToTimeSpan())];
        }
        var hmv = Scheme.HoudMeVast;
        var previous = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(hmv, year - 1), cancellation);
        var current = await session.Events.FetchForExclusiveWriting<QuotaYear>(QuotaYear.StreamKey(hmv, year), cancellation);
        var streams = new List<IEventStream<object>> { previous, current };
        var line = previous.Aggregate is { Closed: false } open ? await WaitingLine.AllAsync(session, open, cancellation) : [];
        var fetched = await ReferralStreams.FetchManyAsync(session, line, cancellation);
        streams.AddRange(fetched);
        var waiting = fetched.Select(f => (Referral)f.Aggregate!).ToList();
        var decision = Decide(year, previous.Aggregate, current.Aggregate, waiting, quotas.DefaultCapacity, SystemActor.For(session.TenantId), now);
        await session.AppendAsync(decision, cancellation, [.. streams]);
        var followUps = SlotFollowUps.For(decision, key => key == current.Key ? current.Aggregate : previous.Aggregate, quotas.ReservationExpiry);
        followUps.Add(new ScheduleNewYear(year + 1));
        return followUps;
    }

    /// <summary>
    /// The documented New Year rule: the year opens with its default capacity unless someone already set
    /// it, and last year's waitlist is moved, in order, to this year — each referral takes a free slot if
    /// there is one, else its place at the end of this year's waitlist. Running it again changes nothing.
    /// </summary>
    /// <param name="waiting">Last year's waitlist, first first.</param>
    public static Decision Decide(
        int year, QuotaYear? previous, QuotaYear? current, IReadOnlyList<Referral> waiting, int defaultCapacity, Actor actor, Instant now)
    {
        var hmv = Scheme.HoudMeVast;
        var (open, changes) = QuotaRules.OpenOnFirstUse(current, hmv, year, defaultCapacity, actor, now);
        foreach (var referral in waiting.Where(r => previous is { Closed: false } && r.Status == ReferralStatus.Waitlisted && r.Year == year - 1))
        {
            var moved = new ReferralCarriedOver(referral.Id, hmv, year - 1, year, 0m, $"Moved to the waitlist of {year} on 1 January",
                actor.User, actor.Role, now);
            var outcome = QuotaRules.ReserveOrWaitlist(open, referral.Id, actor, now);
            changes.AddRange([new(previous!.Id, moved), new(referral.Id, moved), new(open.Id, outcome), new(referral.Id, outcome)]);
            open = open.Then(outcome);
        }
        return Decision.To(changes);
    }
}
