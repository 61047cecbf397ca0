using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Benchmarks;

/// <summary>
/// The pure decisions alone, without HTTP or PostgreSQL: what an approval costs the CPU when the year
/// has slots, when it has a long waitlist, and when it commits euros; and a request's rules.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 15, 10, 0);
    private static readonly Actor Consulent = new("anna", Roles.Consulent, "nijkerk");
    private static readonly Actor Officer = new("bob", Roles.FinancialOfficer, "nijkerk");

    private Referral _quotaReferral = null!;
    private Referral _budgetReferral = null!;
    private QuotaYear _freeYear = null!;
    private QuotaYear _fullYear = null!;
    private BudgetYear _budgetYear = null!;
    private ApproveReferral _approve = null!;

    [GlobalSetup]
    public void Setup()
    {
        _quotaReferral = Requested(Scheme.HoudMeVast, null);
        _budgetReferral = Requested(Scheme.BijzondereBijstand, 1450m);
        _freeYear = new QuotaYear { Id = QuotaYear.StreamKey(Scheme.HoudMeVast, 2026), Scheme = Scheme.HoudMeVast, Year = 2026, Capacity = 10, Reserved = 3 };
        _fullYear = _freeYear with
        {
            Reserved = 10,
            Waiting = 1000,
        };
        _budgetYear = new BudgetYear
        {
            Id = BudgetYear.StreamKey(Scheme.BijzondereBijstand, 2026), Scheme = Scheme.BijzondereBijstand, Year = 2026, Budget = 250_000m, Committed = 40_000m,
        };
        _approve = new ApproveReferral(_quotaReferral.Id, "Past binnen het beleid", Officer);
    }

    [Benchmark]
    public Decision ApproveWithAFreeSlot() => ApproveReferralHandler.Decide(_quotaReferral, _freeYear, null, _approve, 10, Now);

    [Benchmark]
    public Decision ApproveOntoAWaitlistOf1000() => ApproveReferralHandler.Decide(_quotaReferral, _fullYear, null, _approve, 10, Now);

    [Benchmark]
    public Decision ApproveCommittingEuros() =>
        ApproveReferralHandler.Decide(_budgetReferral, null, _budgetYear, _approve with { ReferralId = _budgetReferral.Id }, 10, Now);

    [Benchmark]
    public Checked<RequestTraining> RequestTheRulesCheck() => RequestTraining.Create(
        "01900000-0000-7000-8000-000000000000", "Z-2026-0001", Scheme.BijzondereBijstand, 2026, "Eigen Plan doorlopen", 1450m, 200m, Consulent, Now);

    private static Referral Requested(Scheme scheme, decimal? cost) => Referral.Fold(null, [new TrainingRequested(
        Guid.CreateVersion7().ToString(), "Z-2026-0001", scheme, 2026, cost, cost is null ? null : 200m,
        new TextDigest("motivation", new string('0', 64)), Consulent.User, Consulent.Role, Now)])!;
}
