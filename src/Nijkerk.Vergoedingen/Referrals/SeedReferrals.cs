using JasperFx;
using JasperFx.CommandLine;
using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed class SeedInput : NetCoreInput
{
    [Description("The municipality")]
    public string TenantFlag { get; set; } = "nijkerk";

    [Description("The year the referrals are for")]
    public int YearFlag { get; set; }

    [Description("houd-me-vast or bijzondere-bijstand")]
    public string SchemeFlag { get; set; } = Scheme.BijzondereBijstand.Slug;

    [Description("Referrals left requested")]
    public int RequestedFlag { get; set; }

    [Description("Referrals requested and approved")]
    public int ApprovedFlag { get; set; }

    [Description("Referrals requested, approved and withdrawn again")]
    public int WithdrawnFlag { get; set; }
}

/// <summary>
/// <c>seed</c> fills a year with referrals for <c>ops/bench</c>, in batches: each referral is requested,
/// approved and withdrawn by the same pure decisions the commands take, so the events are the ones the
/// API writes, only many to a transaction. Development only: it writes as made-up users.
/// </summary>
[Description("Fills a year with referrals through the ledger's own decisions, for measuring (Development only)", Name = "seed")]
public sealed class SeedCommand : JasperFxAsyncCommand<SeedInput>
{
    private const int Batch = 500;
    private static readonly Actor Consulent = new("seed-consulent", Roles.Consulent, "");
    private static readonly Actor Officer = new("seed-officer", Roles.FinancialOfficer, "");

    public override async Task<bool> Execute(SeedInput input)
    {
        using var host = input.BuildHost();
        if (!host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await Console.Error.WriteLineAsync("seed runs in Development only: it writes referrals nobody asked for.");
            return false;
        }
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var clock = host.Services.GetRequiredService<IClock>();
        var scheme = Scheme.FromSlug(input.SchemeFlag) ?? throw new ArgumentException($"Unknown scheme {input.SchemeFlag}");
        var plan = Enumerable.Repeat(0, input.RequestedFlag).Concat(Enumerable.Repeat(1, input.ApprovedFlag))
            .Concat(Enumerable.Repeat(2, input.WithdrawnFlag)).ToList();
        var events = 0;
        foreach (var chunk in plan.Chunk(Batch))
        {
            await using var session = store.LightweightSession(input.TenantFlag);
            var year = new YearState(scheme, input.YearFlag, await session.LoadAsync<QuotaYear>(QuotaYear.StreamKey(scheme, input.YearFlag)),
                await session.LoadAsync<BudgetYear>(BudgetYear.StreamKey(scheme, input.YearFlag)));
            var now = clock.GetCurrentInstant();
            var yearEvents = year.Opening(now);
            foreach (var steps in chunk)
            {
                var referral = SeedOne(session, scheme, input.YearFlag, steps, year, yearEvents, now);
                events += referral;
            }
            if (yearEvents.Count > 0 && year.IsNew)
            {
                // Started with its type, as the commands start a year stream.
                _ = scheme.Kind == SchemeKind.Budget
                    ? session.Events.StartStream<BudgetYear>(year.Key, [.. yearEvents])
                    : session.Events.StartStream<QuotaYear>(year.Key, [.. yearEvents]);
            }
            else if (yearEvents.Count > 0)
            {
                session.Events.Append(year.Key, [.. yearEvents]);
            }
            events += yearEvents.Count;
            await session.SaveChangesAsync();
        }
        Console.WriteLine($"Seeded {plan.Count} referrals, {events} events, in {input.TenantFlag} {scheme} {input.YearFlag}");
        return true;
    }

    /// <summary>One referral through its steps (0 requested, 1 approved, 2 withdrawn); returns its own stream's event count.</summary>
    private static int SeedOne(IDocumentSession session, Scheme scheme, int yearNumber, int steps, YearState year, List<ILedgerEvent> yearEvents, Instant now)
    {
        var id = Guid.CreateVersion7().ToString();
        var budget = scheme.Kind == SchemeKind.Budget;
        var request = new RequestTraining(id, $"Z-{yearNumber}-S{id[^12..]}", scheme, yearNumber, "Eigen Plan doorlopen",
            budget ? 100m : null, budget ? 0m : null, Consulent);
        var decisions = new List<Decision> { RequestTrainingHandler.Decide(request, Scheme.All, now) };
        if (steps >= 1)
        {
            decisions.Add(ApproveReferralHandler.Decide(Referral.Fold(null, decisions.SelectMany(d => d.On(id))), year.Quota, year.Budget,
                new ApproveReferral(id, "Past binnen het beleid", Officer), 10, now));
        }
        if (steps >= 2)
        {
            // The line is read from the database by the command; a seed only fills years nobody waits in.
            if (year.Quota is { Waiting: > 0 })
            {
                throw new InvalidOperationException("The seed withdraws referrals only in a year without a waitlist.");
            }
            decisions.Add(WithdrawReferralHandler.Decide(Referral.Fold(null, decisions.SelectMany(d => d.On(id))), false, year.Quota, [],
                new WithdrawReferral(id, "Niet meer nodig", Consulent), now));
        }
        var mine = new List<ILedgerEvent>();
        foreach (var decision in decisions)
        {
            if (decision.Refusal is { } refusal)
            {
                throw new InvalidOperationException($"The seed was refused: {refusal}");
            }
            foreach (var change in decision.Changes)
            {
                if (change.Stream == id)
                {
                    mine.Add(change.Event);
                }
                else
                {
                    year.Apply(change.Event);
                    yearEvents.Add(change.Event);
                }
            }
            session.WriteDocuments(decision);
        }
        session.Events.StartStream<Referral>(id, [.. mine]);
        return mine.Count;
    }

    /// <summary>The year as the seeded referrals leave it, so each decision sees those before it.</summary>
    private sealed class YearState(Scheme scheme, int year, QuotaYear? quota, BudgetYear? budget)
    {
        public string Key { get; } = scheme.YearStream(year).Key;

        /// <summary>Whether the year stream did not exist when this batch began.</summary>
        public bool IsNew { get; } = quota is null && budget is null;

        public QuotaYear? Quota { get; private set; } = quota;

        public BudgetYear? Budget { get; private set; } = budget;

        /// <summary>A money year that has no budget yet gets one no seeded approval exhausts.</summary>
        public List<ILedgerEvent> Opening(Instant now)
        {
            if (scheme.Kind != SchemeKind.Budget || Budget is not null)
            {
                return [];
            }
            var opened = new BudgetYearOpened(scheme, year, 1_000_000_000m, "Begroting voor de meting", Officer.User, Officer.Role, now);
            Apply(opened);
            return [opened];
        }

        public void Apply(ILedgerEvent e)
        {
            Quota = QuotaYear.Fold(Quota, [e]);
            Budget = BudgetYear.Fold(Budget, [e]);
        }
    }
}
