using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Mandates;

/// <summary>
/// A mandate (budgethouderschap) was set for a financial officer, by their immutable user id, or as the municipality's
/// default (<see cref="MandateRegister.Default"/>): the most one approval may commit, and the most one claim may be approved
/// for, from <see cref="EffectiveFrom"/> on. No limit where a limit is absent.
/// </summary>
public sealed record MandateSet(
    string Officer, decimal? CommitLimit, decimal? ClaimLimit, LocalDate EffectiveFrom, string Reason, string By, string Role, Instant At) : IReasonedEvent;

/// <summary>An approval of money was given under this mandate: the trail names it (rechtmatigheidsverantwoording).</summary>
public sealed record ApprovedUnderMandate(string ReferralId, string? ClaimId, int Mandate, string Officer, decimal? Limit, string By, string Role, Instant At)
    : ILedgerEvent;

/// <summary>One mandate as recorded, numbered in the order the register got them; 0 is the default from the configuration.</summary>
public sealed record Mandate(int Number, string Officer, decimal? CommitLimit, decimal? ClaimLimit, LocalDate EffectiveFrom, string SetBy, Instant SetAt)
{
    /// <summary>How a refusal and the trail name it.</summary>
    public string Name => Number == 0 ? "the default mandate of the configuration" : $"mandate {Number} ({(Officer == MandateRegister.Default ? "the municipality's default" : Officer)})";
}

/// <summary>A municipality's mandate register: every mandate ever set, none overwritten.</summary>
public sealed record MandateRegister
{
    public const string StreamKey = "mandates";

    /// <summary>The officer a default mandate is set for: it holds for every financial officer without one of their own.</summary>
    public const string Default = "default";

    public string Id { get; init; } = "";

    public ImmutableList<Mandate> Mandates { get; init; } = [];

    /// <summary>The register as it stood at <paramref name="asOf"/>.</summary>
    public IReadOnlyList<Mandate> AsOf(Instant asOf) => [.. Mandates.Where(m => m.SetAt <= asOf)];

    /// <summary>
    /// The mandate <paramref name="officer"/> approves under at <paramref name="at"/>: their own effective then, else the
    /// municipality's default, else <paramref name="configured"/>; nothing when none is set (no limit).
    /// </summary>
    public Mandate? Of(string officer, Instant at, Mandate? configured)
    {
        var today = Amsterdam.DateOf(at);
        Mandate? Latest(string who) => Mandates.Where(m => m.Officer == who && m.SetAt <= at && m.EffectiveFrom <= today)
            .OrderBy(m => m.EffectiveFrom).ThenBy(m => m.Number).LastOrDefault();
        return Latest(officer) ?? Latest(Default) ?? configured;
    }

    public MandateRegister? Evolve(object e) => e switch
    {
        MandateSet x => this with
        {
            Id = StreamKey,
            Mandates = Mandates.Add(new Mandate(Mandates.Count + 1, x.Officer, x.CommitLimit, x.ClaimLimit, x.EffectiveFrom, x.By, x.At)),
        },
        _ => Id.Length == 0 ? null : this,
    };
}
