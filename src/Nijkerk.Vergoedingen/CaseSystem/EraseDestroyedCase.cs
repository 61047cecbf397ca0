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
        var done = (await session.LoadManyAsync<Erasure>(cancellation, [.. linked.Select(r => Erasure.StreamKey(ErasureIdOf(r)))])).Select(e => e.Id).ToHashSet();
        var erased = 0;
        foreach (var referral in linked.Where(r => !done.Contains(Erasure.StreamKey(ErasureIdOf(r)))))
        {
            var texts = await session.Query<PersonalText>().Where(t => t.ReferralId == referral.Id).ToListAsync(cancellation);
            var documents = Erasure.Erase(texts, await Erasure.HouseholdAccountsAsync(session, [referral], cancellation));
            var id = ErasureIdOf(referral);
            session.Events.StartStream<Erasure>(Erasure.StreamKey(id),
                new CaseDestroyed(id, referral.CaseReference, command.Case, command.NotifiedAt, command.Actor.User, command.Actor.Role, now),
                new PersonalDataErased(id, referral.CaseReference, documents.Length, command.Actor.User, command.Actor.Role, now));
            session.WriteDocuments(Decision.To().With(documents));
            erased++;
        }
        return new DestroyedCase(linked.Count, erased);
    }

    public static string ErasureIdOf(Referral referral) => $"case-destroyed-{referral.Id}";
}
