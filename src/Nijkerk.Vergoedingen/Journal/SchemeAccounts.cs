using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Journal;

/// <summary>
/// Where a scheme's payments go in the municipality's books from <see cref="EffectiveFrom"/> on: the ledger account
/// (grootboekrekening), the cost centre (kostenplaats), the Iv3 task field (taakveld) and the economic category.
/// </summary>
public sealed record AccountsSet(
    Scheme Scheme, string LedgerAccount, string CostCentre, string TaskField, string Category, LocalDate EffectiveFrom, string Reason,
    string By, string Role, Instant At) : IReasonedEvent;

/// <summary>One setting of a scheme's accounts, as it was recorded.</summary>
public sealed record AccountsEntry(string LedgerAccount, string CostCentre, string TaskField, string Category, LocalDate EffectiveFrom, string By, Instant At);

/// <summary>A scheme's accounts through time: every setting kept, none overwritten.</summary>
public sealed record SchemeAccounts
{
    public string Id { get; init; } = "";

    public Scheme Scheme { get; init; } = Scheme.BijzondereBijstand;

    public ImmutableList<AccountsEntry> Entries { get; init; } = [];

    public static string StreamKey(Scheme scheme) => $"accounts/{scheme.Slug}";

    /// <summary>
    /// The accounts of a line of <paramref name="date"/> recorded at <paramref name="at"/>: the setting effective on that date
    /// as it was known then, so a setting made later never changes a line already in the books.
    /// </summary>
    public AccountsEntry? For(LocalDate date, Instant at) =>
        Entries.Where(e => e.EffectiveFrom <= date && e.At <= at).OrderBy(e => e.EffectiveFrom).ThenBy(e => e.At).LastOrDefault();

    public SchemeAccounts? Evolve(object e) => e switch
    {
        AccountsSet x => this with
        {
            Id = StreamKey(x.Scheme), Scheme = x.Scheme,
            Entries = Entries.Add(new AccountsEntry(x.LedgerAccount, x.CostCentre, x.TaskField, x.Category, x.EffectiveFrom, x.By, x.At)),
        },
        _ => Id.Length == 0 ? null : this,
    };
}
