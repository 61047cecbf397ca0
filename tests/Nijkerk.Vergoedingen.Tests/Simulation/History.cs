using CsCheck;

namespace Nijkerk.Vergoedingen.Tests.Simulation;

/// <summary>What a step of a simulated history does: a command of some user, a move of the clock, or a fault.</summary>
public enum Kind
{
    Request,
    Approve,
    Reject,
    Withdraw,
    Schedule,
    Complete,
    CloseReferral,
    RecordClaim,
    ApproveClaim,
    BookPayment,
    PaymentBatch,
    SetQuota,
    SetBudget,
    Erase,
    CloseYear,
    // The clock: days pass (due expiries are delivered, some twice), or the New Year comes.
    Advance,
    NewYear,
    // Faults, injected by the seed.
    TerminateBackends,
    RestartNode,
    DeliverTwice,
}

/// <summary>
/// One step. The numbers pick among what exists when the step runs (a referral, a user, an amount), so any
/// sub-history of a history is itself a history: that is what lets a failure shrink to the few steps that matter.
/// <see cref="WithNext"/> sends the step at the same moment as the next one.
/// </summary>
public sealed record Step(Kind Kind, int Tenant, int Pick, int User, int Number, bool WithNext)
{
    public override string ToString() => $"{Kind}(tenant {Tenant}, pick {Pick}, user {User}, {Number}){(WithNext ? " ‖" : "")}";
}

public sealed record History(IReadOnlyList<Step> Steps)
{
    public override string ToString() => string.Join(Environment.NewLine, Steps.Select((s, i) => $"  {i + 1,3}. {s}"));

    private static readonly Gen<Kind> Kinds = Gen.Frequency(
        (18, Gen.Const(Kind.Request)), (12, Gen.Const(Kind.Approve)), (2, Gen.Const(Kind.Reject)), (4, Gen.Const(Kind.Withdraw)),
        (4, Gen.Const(Kind.Schedule)), (3, Gen.Const(Kind.Complete)), (2, Gen.Const(Kind.CloseReferral)),
        (8, Gen.Const(Kind.RecordClaim)), (8, Gen.Const(Kind.ApproveClaim)), (2, Gen.Const(Kind.BookPayment)),
        (4, Gen.Const(Kind.PaymentBatch)), (3, Gen.Const(Kind.SetQuota)), (3, Gen.Const(Kind.SetBudget)),
        (1, Gen.Const(Kind.Erase)), (1, Gen.Const(Kind.CloseYear)),
        (3, Gen.Const(Kind.Advance)), (1, Gen.Const(Kind.NewYear)),
        (2, Gen.Const(Kind.TerminateBackends)), (1, Gen.Const(Kind.DeliverTwice)));

    private static readonly Gen<Step> Steps_ = Gen.Select(Kinds, Gen.Int[0, 3], Gen.Int[0, 99], Gen.Int[0, 4], Gen.Int[0, 99], Gen.Int[0, 3],
        (kind, tenant, pick, user, number, together) => new Step(kind, tenant / 3, pick, user, number, together == 0));

    /// <summary>
    /// Histories of 10 to 60 steps, three in four in Nijkerk and the rest in Barneveld; one in about twenty
    /// stops and starts the node somewhere in the middle, under whatever runs at that moment.
    /// </summary>
    public static readonly Gen<History> Gen_ = Gen.Select(Steps_.List[10, 60], Gen.Int[0, 19], Gen.Int[0, 59],
        (steps, restart, at) => new History(restart == 0 ? [.. steps.Take(at), new Step(Kind.RestartNode, 0, 0, 0, 0, false), .. steps.Skip(at)] : steps));
}
