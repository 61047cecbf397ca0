using JasperFx.Events;
using Marten;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// Approvals commit in groups, one group per municipality: approvals that meet lock their years once, are
/// decided one after the other by <see cref="ApproveReferralHandler.Decide"/> on the years as the earlier ones
/// left them, and commit together (<see cref="GroupCommit{TCommand,TAnswer}"/>). <c>Ledger:GroupCommit</c>
/// is the most approvals in one group (1: every approval alone).
/// </summary>
public sealed class ApprovalGroups(IServiceScopeFactory scopes, IConfiguration configuration)
    : GroupCommit<ApproveReferral, ReferralDetails>(configuration.GetValue("Ledger:GroupCommit", 32))
{
    protected override string GroupOf(ApproveReferral command) => command.Actor.Tenant;

    protected override string IdentityOf(ApproveReferral command) => command.ReferralId;

    protected override async Task<IReadOnlyList<Outcome<ReferralDetails>?>> CommitAsync(IReadOnlyList<Member> members)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outcomes = await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<ApprovalOutcomes>(
            new ApproveReferrals([.. members.Select(m => new ApprovalInGroup(m.Command, m.Key))]),
            new DeliveryOptions { TenantId = members[0].Command.Actor.Tenant }, CancellationToken.None, CommandBus.Timeout);
        return outcomes.Outcomes;
    }
}

/// <summary>Approvals of one municipality, to be decided and committed together.</summary>
public sealed record ApproveReferrals(IReadOnlyList<ApprovalInGroup> Approvals);

public sealed record ApprovalInGroup(ApproveReferral Command, IdempotencyKey Key);

/// <summary>An outcome per approval, in their order; null where the approval's record was found (done before).</summary>
public sealed record ApprovalOutcomes(IReadOnlyList<Outcome<ReferralDetails>?> Outcomes);

public static class ApproveReferralsHandler
{
    /// <summary>
    /// One transaction: the referrals, the records of approvals done before and the mandate register in one round trip, the years they
    /// fall in locked in the order of their keys (so two groups never wait for each other) in a second, then each approval
    /// decided on the referral as fetched and the year as the approvals before it left it, appended, recorded.
    /// </summary>
    public static async Task<(ApprovalOutcomes, OutgoingMessages)> Handle(
        ApproveReferrals group, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities, MandateBook mandates,
        CancellationToken cancellation)
    {
        await session.BeginTransactionAsync(cancellation);
        var terms = await municipalities.TermsOfAsync(session.TenantId, cancellation);
        var batch = session.CreateBatchQuery();
        var done = batch.LoadMany<IdempotencyRecord>().ById(group.Approvals.Select(a => a.Key.RecordId).ToArray());
        var register = batch.Load<MandateRegister>(MandateRegister.StreamKey);
        var fetches = group.Approvals.Select(a => batch.Events.FetchForWriting<ReferralView>(a.Command.ReferralId)).ToList();
        await batch.Execute(cancellation);
        var recorded = (await done).Select(r => r.Id).ToHashSet();
        var mandateOf = mandates.Of(await register);
        var referrals = await Task.WhenAll(fetches);

        var years = await YearsInGroup.LockAsync(session, referrals.Select(r => r.Aggregate).OfType<ReferralView>().Where(r => r.Id.Length > 0)
            .Select(r => r.Scheme.YearStream(r.Year)).DistinctBy(y => y.Key).OrderBy(y => y.Key, StringComparer.Ordinal), cancellation);

        var outcomes = new List<Outcome<ReferralDetails>?>();
        var followUps = new OutgoingMessages();
        var now = clock.GetCurrentInstant();
        for (var i = 0; i < group.Approvals.Count; i++)
        {
            var (command, key) = (group.Approvals[i].Command, group.Approvals[i].Key);
            if (recorded.Contains(key.RecordId))
            {
                outcomes.Add(null);
                continue;
            }
            var streams = years.For(referrals[i]);
            var quota = streams.QuotaNow;
            var decision = ApproveReferralHandler.Decide(streams.Current, quota, streams.BudgetNow, command, terms.DefaultCapacity, now, mandateOf(command.Actor.User, now));
            var outcome = await streams.CommitAsync(session, decision, cancellation);
            IdempotencyGuard.RecordUnder(key, outcome, session, now);
            followUps.AddRange(SlotFollowUps.For(decision, _ => quota, terms.ReservationExpiry));
            outcomes.Add(outcome);
        }
        return (new ApprovalOutcomes(outcomes), followUps);
    }

    /// <summary>The years the group's approvals fall in, each fetched once, with its lock.</summary>
    private sealed class YearsInGroup
    {
        private readonly Dictionary<string, IEventStream<QuotaYear>> _quotas = [];
        private readonly Dictionary<string, IEventStream<BudgetYear>> _budgets = [];

        /// <summary>The years fetched with their locks in one round trip, taken in the order given.</summary>
        public static async Task<YearsInGroup> LockAsync(IDocumentSession session, IEnumerable<YearStream> years, CancellationToken cancellation)
        {
            var batch = session.CreateBatchQuery();
            var quotas = new List<(string Key, Task<IEventStream<QuotaYear>> Fetch)>();
            var budgets = new List<(string Key, Task<IEventStream<BudgetYear>> Fetch)>();
            foreach (var year in years)
            {
                if (year.Scheme.Kind == SchemeKind.Quota)
                {
                    quotas.Add((year.Key, batch.Events.FetchForExclusiveWriting<QuotaYear>(year.Key)));
                }
                else
                {
                    budgets.Add((year.Key, batch.Events.FetchForExclusiveWriting<BudgetYear>(year.Key)));
                }
            }
            var locked = new YearsInGroup();
            if (quotas.Count + budgets.Count == 0)
            {
                return locked;
            }
            await batch.Execute(cancellation);
            foreach (var (key, fetch) in quotas)
            {
                locked._quotas[key] = await fetch;
            }
            foreach (var (key, fetch) in budgets)
            {
                locked._budgets[key] = await fetch;
            }
            return locked;
        }

        /// <summary>The streams an approval moves: its referral's, and its year's as fetched, with what the group appended to it since.</summary>
        public ReferralStreams For(IEventStream<ReferralView> referral)
        {
            if (referral.Aggregate is not { Id.Length: > 0 } known)
            {
                return new(referral, null, null, null, null);
            }
            var key = known.Scheme.YearStream(known.Year).Key;
            return known.Scheme.Kind == SchemeKind.Quota
                ? new(referral, _quotas[key], null, _quotas[key].Aggregate, null)
                : new(referral, null, _budgets[key], null, _budgets[key].Aggregate);
        }
    }
}
