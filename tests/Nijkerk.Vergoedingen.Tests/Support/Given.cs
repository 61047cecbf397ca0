using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>States built from events, for given-when-then tests of the pure decisions.</summary>
public static class Given
{
    public static readonly Actor Anna = new("anna", Roles.Consulent, "nijkerk");
    public static readonly Actor Bob = new("bob", Roles.FinancialOfficer, "nijkerk");
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 9, 0);
    public static readonly Instant Earlier = Now - Duration.FromDays(7);

    public static readonly Scheme HoudMeVast = Scheme.HoudMeVast;
    public static readonly Scheme BijzondereBijstand = Scheme.BijzondereBijstand;

    public static string QuotaKey => QuotaYear.StreamKey(HoudMeVast, 2026);

    public static string BudgetKey => BudgetYear.StreamKey(BijzondereBijstand, 2026);

    /// <summary>The digest an event keeps of a text typed about referral r1, made with a fixed salt.</summary>
    public static TextDigest Typed(string what, string text) => new PersonalText($"r1/{what}", "Z-2026-0001", "r1", text, "zout").Digest;

    public static TrainingRequested Requested(string id = "r1") =>
        new(id, "Z-2026-0001", HoudMeVast, 2026, null, null, Typed("motivation", "Uitzonderlijk geval"), Anna.User, Anna.Role, Earlier);

    public static TrainingRequested RequestedMoney(string id = "r1", decimal cost = 1450m, decimal own = 200m) =>
        new(id, "Z-2026-0002", BijzondereBijstand, 2026, cost, own, Typed("motivation", "Uitzonderlijk geval"), Anna.User, Anna.Role, Earlier);

    public static Referral Referral(params ILedgerEvent[] events) => Vergoedingen.Referrals.Referral.Fold(null, events)!;

    public static ReferralApproved Approved(string id = "r1") => new(id, Typed("approval", "Past binnen beleid"), Bob.User, Bob.Role, Earlier);

    public static SlotReserved Reserved(string id = "r1") => new(id, HoudMeVast, 2026, false, Bob.User, Bob.Role, Earlier);

    public static ReferralWaitlisted Waitlisted(string id, int position) => new(id, HoudMeVast, 2026, position, Bob.User, Bob.Role, Earlier);

    public static FundsCommitted Committed(string id, decimal amount) => new(id, BijzondereBijstand, 2026, amount, Bob.User, Bob.Role, Earlier);

    public static TrainingScheduled Scheduled(string id, LocalDate start) => new(id, Typed("provider/4", "Praktijk De Brug"), start, Anna.User, Anna.Role, Earlier);

    public static QuotaYear Quota(int capacity, params ILedgerEvent[] events) =>
        QuotaYear.Fold(null, [new QuotaYearOpened(HoudMeVast, 2026, capacity, "Afspraak", Bob.User, Bob.Role, Earlier), .. events])!;

    public static BudgetYear Budget(decimal amount, params ILedgerEvent[] events) =>
        BudgetYear.Fold(null, [new BudgetYearOpened(BijzondereBijstand, 2026, amount, "Begroting", Bob.User, Bob.Role, Earlier), .. events])!;

    /// <summary>Slots taken by referrals r-1 .. r-n.</summary>
    public static ILedgerEvent[] SlotsTaken(int count) => [.. Enumerable.Range(1, count).Select(i => (ILedgerEvent)Reserved($"r-{i}"))];
}
