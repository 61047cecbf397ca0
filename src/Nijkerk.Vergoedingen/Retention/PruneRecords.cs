using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Infrastructure;
using NodaTime;
using Wolverine;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Retention;

/// <summary>Settings under <c>Retention</c>.</summary>
public sealed class RetentionSettings
{
    /// <summary>
    /// How long the answers kept for retried requests (idempotency records) and the ids of accepted
    /// webhooks are kept: long enough for any client's retries, then they go — they hold whole answers.
    /// </summary>
    public TimeSpan Records { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How many years after a referral was closed, withdrawn or rejected its personal documents are kept
    /// (the Archiefwet's selection list keeps financial records seven years); then they are erased.
    /// </summary>
    public int PersonalDataYears { get; set; } = 7;

    /// <summary>How many referrals' personal data one transaction of the nightly erasure takes; the rest follow in the next.</summary>
    public int Batch { get; set; } = 200;
}

/// <summary>"The pruning of this day is scheduled", so restarts and other nodes schedule it once.</summary>
public sealed record RetentionScheduled(string Id);

public sealed record ScheduleRetention(LocalDate Day);

public sealed record PruneRecords(LocalDate Day);

public static class ScheduleRetentionHandler
{
    /// <summary>At 03:00 Europe/Amsterdam, when nobody works.</summary>
    public static readonly LocalTime At = new(3, 0);

    public static async Task<OutgoingMessages> Handle(ScheduleRetention message, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var id = $"retention/{message.Day:yyyy'-'MM'-'dd}";
        if (await session.LoadAsync<RetentionScheduled>(id, cancellation) is not null)
        {
            return [];
        }
        session.Insert(new RetentionScheduled(id));
        var delay = message.Day.At(At).InZoneLeniently(Amsterdam.Zone).ToInstant() - clock.GetCurrentInstant();
        return [new PruneRecords(message.Day).DelayedFor(delay > Duration.Zero ? delay.ToTimeSpan() : TimeSpan.Zero)];
    }
}

/// <summary>Deletes what is kept only for retries, in every municipality, and schedules the next day's pruning.</summary>
public static class PruneRecordsHandler
{
    public static Task<OutgoingMessages> Handle(
        PruneRecords message, IDocumentSession session, IClock clock, IOptions<RetentionSettings> settings,
        MunicipalityDirectory municipalities, CancellationToken cancellation) =>
        LedgerMetrics.CalendarRunAsync("retention", () => PruneAsync(message, session, clock, settings, municipalities, cancellation));

    private static async Task<OutgoingMessages> PruneAsync(
        PruneRecords message, IDocumentSession session, IClock clock, IOptions<RetentionSettings> settings,
        MunicipalityDirectory municipalities, CancellationToken cancellation)
    {
        var before = (clock.GetCurrentInstant() - Duration.FromTimeSpan(settings.Value.Records)).ToDateTimeOffset();
        session.QueueSqlCommand($"delete from {Table<IdempotencyRecord>(session)} where (data ->> 'at')::timestamptz < ?", before);
        session.QueueSqlCommand($"delete from {Table<AcceptedWebhook>(session)} where (data ->> 'acceptedAt')::timestamptz < ?", before);
        return
        [
            .. (await municipalities.AllAsync(cancellation)).Keys.Select(tenant => new EraseExpiredPersonalData(message.Day).WithTenantId(tenant)),
            new ScheduleRetention(message.Day.PlusDays(1)),
        ];
    }

    private static string Table<T>(IDocumentSession session) => session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;
}
