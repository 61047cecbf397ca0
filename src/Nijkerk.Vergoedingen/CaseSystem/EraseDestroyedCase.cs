using Marten;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>A zaak was destroyed in the zaaksysteem: erase the personal documents of the referrals linked to it.</summary>
public sealed record EraseDestroyedCase(string Case, Instant NotifiedAt, Actor Actor) : ICommand<DestroyedCase>
{
    public override string ToString() => LogSafe.Describe(nameof(EraseDestroyedCase), "a destroyed zaak", Actor);
}

/// <summary>How many referrals were linked to the zaak, and how many were erased now (the rest were before).</summary>
public sealed record DestroyedCase(int Referrals, int Erased);

public static class EraseDestroyedCaseHandler
{
    /// <summary>
    /// Each linked referral gets an erasure of its own, as a confirmed erasure erases — the same documents and
    /// the same <see cref="PersonalDataErased"/> event — opened by <see cref="CaseDestroyed"/> as its reason,
    /// by the ledger itself, once: the erasure's id is made from the referral's, so the same notification
    /// again erases nothing more. Amounts, counts, dates and seals stay.
    /// </summary>
    public static async Task<Outcome<DestroyedCase>> Handle(EraseDestroyedCase command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        var linked = await session.Query<ReferralView>().Where(r => r.Case == command.Case).ToListAsync(cancellation);
        var erased = await Erasure.EraseOnceAsync(session, linked, ErasureIdOf,
            (referral, id) => [new CaseDestroyed(id, referral.CaseReference, command.Case, command.NotifiedAt, command.Actor.User, command.Actor.Role, now)],
            command.Actor, now, int.MaxValue, cancellation);
        return new DestroyedCase(linked.Count, erased);
    }

    public static string ErasureIdOf(Referral referral) => $"case-destroyed-{referral.Id}";
}
