using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;
using Marten;
using NodaTime;

namespace Nijkerk.Vergoedingen.Privacy;

/// <summary>A privacy officer asks to erase a household's personal data (AVG art. 17); another must confirm it.</summary>
public sealed record ErasureRequested(string ErasureId, string CaseReference, TextDigest Reason, string By, string Role, Instant At) : IStatedEvent;

/// <summary>The household's personal documents were erased: how many, and by whom — nothing of what they said.</summary>
public sealed record PersonalDataErased(string ErasureId, string CaseReference, int Documents, string By, string Role, Instant At) : ILedgerEvent;

/// <summary>
/// An erasure nobody confirmed within the retention period: its reason (a text of the case) is erased, and
/// it can no longer be confirmed. The case's own documents stay as they were; a new request can erase them.
/// </summary>
public sealed record ErasureRequestLapsed(string ErasureId, string CaseReference, int Documents, string By, string Role, Instant At) : ILedgerEvent;

public enum ErasureStatus
{
    Requested,
    Erased,
    Lapsed,
}

/// <summary>
/// An erasure as its confirmation needs it; one event stream per erasure (<see cref="Id"/> is its key),
/// belonging to no year.
/// </summary>
public sealed record Erasure
{
    /// <summary>What erased text reads, everywhere it was shown.</summary>
    public const string Erased = PersonalText.ErasedText;

    public string Id { get; init; } = "";

    public string ErasureId { get; init; } = "";

    public string CaseReference { get; init; } = "";

    public string RequestedBy { get; init; } = "";

    public ErasureStatus Status { get; init; }

    public int Documents { get; init; }

    public static string StreamKey(string erasureId) => $"erasure/{erasureId}";

    /// <summary>The household's own accounts these referrals' claims were paid to (providers' are no personal data).</summary>
    public static string[] HouseholdAccountIds(IEnumerable<Referrals.Referral> referrals) =>
        [.. referrals.SelectMany(r => r.Claims).Where(c => c.PayeeKind == Claims.PayeeKind.Household).Select(c => c.PayeeId).Distinct()];

    /// <summary>Loads those accounts, when there are any.</summary>
    public static async Task<IReadOnlyList<Claims.PayeeAccount>> HouseholdAccountsAsync(
        Marten.IQuerySession session, IEnumerable<Referrals.Referral> referrals, CancellationToken cancellation) =>
        HouseholdAccountIds(referrals) is { Length: > 0 } ids ? await session.LoadManyAsync<Claims.PayeeAccount>(cancellation, ids) : [];

    /// <summary>
    /// The documents that hold personal data, as they read once erased: every text typed about the case
    /// (motivations, reasons, trainers' names) and the household's accounts and names. What already reads
    /// "[gewist]" is left alone.
    /// </summary>
    public static DocumentChange[] Erase(IEnumerable<PersonalText> texts, IEnumerable<Claims.PayeeAccount> accounts) =>
    [
        .. texts.Where(t => !t.Erased).Select(t => DocumentChange.Store(t.Erase())),
        .. accounts.Where(a => a.Iban != Erased).Select(a => DocumentChange.Store(a with { Iban = Erased, Name = Erased })),
    ];

    /// <summary>
    /// Erases the personal documents of each referral that has no erasure under its id yet, as a confirmed erasure
    /// erases them — the same documents and the same <see cref="PersonalDataErased"/> — by the ledger itself, in
    /// an erasure stream of its own opened by <paramref name="why"/>'s events (none: the erasure says it all). The id
    /// is made from the referral's, so the same cause again erases nothing more. Returns how many were erased.
    /// </summary>
    public static async Task<int> EraseOnceAsync(
        Marten.IDocumentSession session, IEnumerable<Referrals.Referral> referrals, Func<Referrals.Referral, string> erasureIdOf,
        Func<Referrals.Referral, string, IEnumerable<ILedgerEvent>> why, Actor actor, Instant now, int most, CancellationToken cancellation)
    {
        var candidates = referrals.ToList();
        var done = (await session.LoadManyAsync<Erasure>(cancellation, [.. candidates.Select(r => StreamKey(erasureIdOf(r)))])).Select(e => e.Id).ToHashSet();
        var erased = 0;
        foreach (var referral in candidates.Where(r => !done.Contains(StreamKey(erasureIdOf(r)))).Take(most))
        {
            var texts = await session.Query<PersonalText>().Where(t => t.ReferralId == referral.Id).ToListAsync(cancellation);
            var documents = Erase(texts, await HouseholdAccountsAsync(session, [referral], cancellation));
            var id = erasureIdOf(referral);
            session.Events.StartStream<Erasure>(StreamKey(id),
                [.. why(referral, id), new PersonalDataErased(id, referral.CaseReference, documents.Length, actor.User, actor.Role, now)]);
            session.WriteDocuments(Decision.To().With(documents));
            erased++;
        }
        return erased;
    }

    /// <summary>The erasure after one more event of its stream; retention erases without a request, so its event opens a stream too.</summary>
    public Erasure? Evolve(object e) => e switch
    {
        ErasureRequested x => new Erasure
        {
            Id = StreamKey(x.ErasureId), ErasureId = x.ErasureId, CaseReference = x.CaseReference, RequestedBy = x.By, Status = ErasureStatus.Requested,
        },
        CaseDestroyed x => new Erasure
        {
            Id = StreamKey(x.ErasureId), ErasureId = x.ErasureId, CaseReference = x.CaseReference, RequestedBy = x.By, Status = ErasureStatus.Requested,
        },
        PersonalDataErased x => (Id.Length == 0 ? new Erasure { Id = StreamKey(x.ErasureId), ErasureId = x.ErasureId, CaseReference = x.CaseReference, RequestedBy = x.By } : this)
            with { Status = ErasureStatus.Erased, Documents = x.Documents },
        ErasureRequestLapsed x => this with { Status = ErasureStatus.Lapsed, Documents = x.Documents },
        _ => Id.Length == 0 ? null : this,
    };
}

/// <summary>An erasure as the API shows it.</summary>
public sealed record ErasureDetails(string Id, string CaseReference, ErasureStatus Status, int? Documents)
{
    public static ErasureDetails From(Erasure e) => new(e.ErasureId, e.CaseReference, e.Status, e.Status != ErasureStatus.Requested ? e.Documents : null);
}
