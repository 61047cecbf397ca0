using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Referrals;

namespace Nijkerk.Vergoedingen.Privacy;

/// <summary>The typed texts some events or referrals point to, read in one go, as a page shows them.</summary>
public sealed class PersonalTexts
{
    private readonly Dictionary<string, PersonalText> _byId;

    private PersonalTexts(IEnumerable<PersonalText> texts) => _byId = texts.ToDictionary(t => t.Id);

    public static PersonalTexts Of(IEnumerable<PersonalText> texts) => new(texts);

    /// <summary>The text a digest points to; "[gewist]" once erased (or never kept); nothing where there was no text.</summary>
    public string? Read(TextDigest? digest) =>
        digest is null ? null : _byId.TryGetValue(digest.Id, out var text) ? text.Text : PersonalText.ErasedText;

    /// <summary>The digests an event carries of typed text.</summary>
    public static IEnumerable<TextDigest> In(object @event) => @event switch
    {
        IStatedEvent stated => [stated.Reason],
        TrainingRequested requested => [requested.Motivation],
        TrainingScheduled scheduled => [scheduled.Provider],
        _ => [],
    };

    /// <summary>Loads the texts behind these digests; texts just written by a decision are taken as they are.</summary>
    public static async Task<PersonalTexts> LoadAsync(
        IQuerySession session, IEnumerable<TextDigest?> digests, CancellationToken cancellation, IEnumerable<PersonalText>? written = null)
    {
        var known = (written ?? []).ToList();
        var ids = digests.OfType<TextDigest>().Select(d => d.Id).Except(known.Select(t => t.Id)).Distinct().ToArray();
        return new([.. known, .. ids.Length == 0 ? [] : await session.LoadManyAsync<PersonalText>(cancellation, ids)]);
    }

    /// <summary>Every text typed about a case, by its canonical reference: its referrals' and its erasures', in whatever capitals they were stored.</summary>
    public static async Task<IReadOnlyList<PersonalText>> OfCaseAsync(IQuerySession session, string caseReference, CancellationToken cancellation) =>
        await session.Query<PersonalText>().Where(t => t.CaseReference.ToUpperInvariant() == caseReference).ToListAsync(cancellation);
}
