using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Retention;

/// <summary>One municipality's nightly erasure of personal documents kept past <see cref="RetentionSettings.PersonalDataYears"/>.</summary>
public sealed record EraseExpiredPersonalData(LocalDate Day);

public static class EraseExpiredPersonalDataHandler
{
    /// <summary>A night's share: a backlog goes over several nights rather than in one long transaction.</summary>
    public const int PerNight = 200;

    /// <summary>
    /// Every referral that ended (closed, withdrawn, rejected) more than the retention period ago gets an
    /// erasure of its own — the same documents and the same <see cref="PersonalDataErased"/> event as a
    /// confirmed erasure, by the ledger itself — once: the erasure's id is made from the referral's. So does
    /// one that ended without being closed (<see cref="LingeringReferrals"/>), and an erasure asked for and never
    /// confirmed lapses (<see cref="LapseUnconfirmedErasures"/>).
    /// </summary>
    public static async Task Handle(
        EraseExpiredPersonalData message, IDocumentSession session, IClock clock, IOptions<RetentionSettings> settings, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        var before = Amsterdam.DateOf(now).PlusYears(-settings.Value.PersonalDataYears);
        var cutoff = Amsterdam.StartOf(before).ToUnixTimeMilliseconds();
        var ended = await session.Query<ReferralView>().Where(r => r.EndedAtUnixMs != null && r.EndedAtUnixMs < cutoff)
            .OrderBy(r => r.EndedAtUnixMs).ToListAsync(cancellation);
        var lingering = await LingeringReferrals.DueAsync(session, Amsterdam.StartOf(before), ErasureIdOf, cancellation);
        var actor = SystemActor.For(session.TenantId);
        var erased = await Erasure.EraseOnceAsync(session, [.. ended, .. lingering], ErasureIdOf, (_, _) => [], actor, now, PerNight, cancellation);
        await LapseUnconfirmedErasures.RunAsync(session, Amsterdam.StartOf(before), actor, now, PerNight - erased, cancellation);
    }

    public static string ErasureIdOf(Referral referral) => $"retention-{referral.Id}";
}
