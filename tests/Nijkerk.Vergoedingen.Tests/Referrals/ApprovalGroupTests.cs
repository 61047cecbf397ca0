using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Tests.Support;
using Wolverine;

namespace Nijkerk.Vergoedingen.Tests.Referrals;

/// <summary>Approvals decided together: each on the year as the ones before it left it, each with its own outcome and record.</summary>
public class ApprovalGroupTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly Actor Bob = new("bob", "financial-officer", "nijkerk");

    private async Task<ApprovalOutcomes> CommitTogether(params (string Referral, IdempotencyKey Key)[] approvals)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<ApprovalOutcomes>(
            new ApproveReferrals([.. approvals.Select(a => new ApprovalInGroup(ApproveReferral.Create(a.Referral, "Toegekend", Bob).Command!, a.Key))]),
            new DeliveryOptions { TenantId = "nijkerk" });
    }

    [Fact]
    public async Task A_refusal_in_a_group_refuses_that_approval_only_and_the_others_see_the_year_as_it_was_left()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetBudget("2600.00");
        var first = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00", "Z-2026-0001"));
        var tooDear = await anna.RequestedReferral(Steps.BijzondereBijstand("5000.00", "0.00", "Z-2026-0002"));
        var third = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00", "Z-2026-0003"));
        var fourth = await anna.RequestedReferral(Steps.BijzondereBijstand("1450.00", "200.00", "Z-2026-0004"));
        var keys = new[] { first, tooDear, third, fourth }.Select(id => IdempotencyKey.OfCommand($"group-{id}")).ToArray();

        var outcomes = (await CommitTogether((first, keys[0]), (tooDear, keys[1]), (third, keys[2]), (fourth, keys[3]))).Outcomes;

        Assert.Equal(ReferralStatus.Committed, outcomes[0]!.Value!.Status);
        Assert.Equal("budget-exhausted", outcomes[1]!.Refusal!.Code);
        Assert.Equal(ReferralStatus.Committed, outcomes[2]!.Value!.Status);
        // 2,500.00 of 2,600.00 committed by the two before it: the year as they left it has too little.
        Assert.Equal("budget-exhausted", outcomes[3]!.Refusal!.Code);
        var budget = (await bob.GetJson("/api/allocation/2026"))["schemes"]![1]!;
        Assert.Equal(("2500.00", "100.00"), (budget.Str("committed"), budget.Str("available")));
        Assert.Equal(["Committed", "Requested", "Committed", "Requested"],
            await Task.WhenAll(new[] { first, tooDear, third, fourth }.Select(async id => (await anna.GetJson($"/api/referrals/{id}")).Str("status"))));
        // A refusal wrote nothing: the refused referrals' streams hold their request only, and only the approvals done are recorded.
        Assert.Equal(1, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where stream_id = @id", ("id", tooDear)));
        Assert.Equal(2, await App.Database.ScalarAsync<long>(
            "select count(*) from {schema}.mt_doc_idempotencyrecord where id = any(@ids)", ("ids", keys.Select(k => k.RecordId).ToArray())));

        // The same group again: what was done is found by its record and not done twice; a refusal is decided again.
        var again = (await CommitTogether((first, keys[0]), (tooDear, keys[1]), (third, keys[2]))).Outcomes;

        Assert.Null(again[0]);
        Assert.Equal("budget-exhausted", again[1]!.Refusal!.Code);
        Assert.Null(again[2]);
        Assert.Equal("2500.00", (await bob.GetJson("/api/allocation/2026"))["schemes"]![1]!.Str("committed"));
    }

    [Fact]
    public async Task Houd_me_vast_approvals_in_one_group_fill_the_free_slots_then_the_waitlist_in_their_order()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        await bob.SetQuota(2);
        var ids = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            ids.Add(await anna.RequestedReferral(Steps.HoudMeVast($"Z-2026-{i:0000}")));
        }

        var outcomes = (await CommitTogether([.. ids.Select(id => (id, IdempotencyKey.OfCommand($"group-{id}")))])).Outcomes;

        Assert.Equal([ReferralStatus.Reserved, ReferralStatus.Reserved, ReferralStatus.Waitlisted, ReferralStatus.Waitlisted], outcomes.Select(o => o!.Value!.Status));
        Assert.Equal([null, null, 1, 2], outcomes.Select(o => o!.Value!.WaitlistPosition));
        var quota = (await bob.GetJson("/api/allocation/2026"))["schemes"]![0]!;
        Assert.Equal(2, quota["reserved"]!.GetValue<int>());
        Assert.Empty(await App.Services.GetRequiredService<Nijkerk.Vergoedingen.Audit.ProjectionVerifier>().VerifyAsync(CancellationToken.None));
    }
}
