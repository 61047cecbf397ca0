using Marten;
using Marten.Linq.MatchesSql;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Retention;

/// <summary>One municipality's nightly erasure of personal documents kept past <see cref="RetentionSettings.PersonalDataYears"/>.</summary>
public sealed record EraseExpiredPersonalData(LocalDate Day);

public static class EraseExpiredPersonalDataHandler
{
    private const string Prefix = "retention-";

    /// <summary>
    /// Every referral that ended (closed, withdrawn, rejected) more than the retention period ago gets an
    /// erasure of its own — the same documents and the same <see cref="PersonalDataErased"/> event as a
    /// confirmed erasure, by the ledger itself — once: the erasure's id is made from the referral's. So does
    /// one that ended without being closed (<see cref="LingeringReferrals"/>), and an erasure asked for and never
    /// confirmed lapses (<see cref="LapseUnconfirmedErasures"/>). A batch (<see cref="RetentionSettings.Batch"/>)
    /// at a time, each in a transaction of its own: only referrals not erased yet are read, and a full batch
    /// sends the next with its own erasures, so a backlog of years is done the same night, never read whole,
    /// and a crash resumes where it stopped.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        EraseExpiredPersonalData message, IDocumentSession session, IClock clock, IOptions<RetentionSettings> settings, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        var before = Amsterdam.DateOf(now).PlusYears(-settings.Value.PersonalDataYears);
        var cutoff = Amsterdam.StartOf(before).ToUnixTimeMilliseconds();
        var batch = Math.Max(1, settings.Value.Batch);
        var erasures = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(Erasure)).TableName.QualifiedName;
        var ended = await session.Query<ReferralView>()
            .Where(r => r.EndedAtUnixMs != null && r.EndedAtUnixMs < cutoff)
            .Where(r => r.MatchesSql(
                $"not exists (select 1 from {erasures} e where e.tenant_id = d.tenant_id and e.id = '{Erasure.StreamKey(Prefix)}' || d.id)"))
            .OrderBy(r => r.EndedAtUnixMs).Take(batch).ToListAsync(cancellation);
        var actor = SystemActor.For(session.TenantId);
        var lingering = ended.Count < batch ? await LingeringReferrals.DueAsync(session, Amsterdam.StartOf(before), ErasureIdOf, cancellation) : [];
        var erased = await Erasure.EraseOnceAsync(session, [.. ended.Concat(lingering).DistinctBy(r => r.Id)], ErasureIdOf, (_, _) => [], actor, now, batch, cancellation);
        var lapsed = erased < batch ? await LapseUnconfirmedErasures.RunAsync(session, Amsterdam.StartOf(before), actor, now, batch - erased, cancellation) : 0;
        return erased + lapsed < batch ? [] : [new EraseExpiredPersonalData(message.Day).WithTenantId(session.TenantId)];
    }

    public static string ErasureIdOf(Referral referral) => Prefix + referral.Id;
}
