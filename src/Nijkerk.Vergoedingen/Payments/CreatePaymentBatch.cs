using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Payments;

public sealed record CreatePaymentBatch(string BatchId, Actor Actor) : ICommand<PaymentBatchDetails>;

public static class CreatePaymentBatchEndpoint
{
    [WolverinePost("/api/payment-batches")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Created<PaymentBatchDetails>, ProblemHttpResult>> Post(ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, new CreatePaymentBatch(Guid.CreateVersion7().ToString(), user.ActorFor(Roles.FinancialOfficer))).Created(http, b => b.Id);
}

public static class CreatePaymentBatchHandler
{
    public static async Task<Outcome<PaymentBatchDetails>> Handle(
        CreatePaymentBatch command, IDocumentSession session, IClock clock, MunicipalityDirectory municipalities,
        CancellationToken cancellation)
    {
        var waiting = await session.Query<ReferralView>()
            .Where(r => r.Claims.Any(c => c.Status == ClaimStatus.Approved && c.BatchId == null))
            .Select(r => r.Id).ToListAsync(cancellation);
        var streams = await ReferralStreams.FetchManyAsync(session, waiting.Order(), cancellation);
        var debtor = (await municipalities.FindAsync(command.Actor.Tenant, cancellation))?.Terms.Iban;
        var decision = Decide(command, [.. streams.Select(s => s.Aggregate!)], debtor, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        var created = decision.On(command.BatchId).OfType<PaymentBatchCreated>().Single();
        session.Events.StartStream<PaymentBatch>(command.BatchId, created);
        await session.AppendAsync(Decision.To(decision.Changes.Where(c => c.Stream != command.BatchId)), cancellation, [.. streams]);
        // A new batch is what made it: nothing stored comes before it.
        return PaymentBatchDetails.From(PaymentBatch.Fold(null, [created])!);
    }

    /// <summary>Every approved claim's unpaid rest that is in no open batch goes into this one.</summary>
    public static Decision Decide(CreatePaymentBatch command, IReadOnlyList<Referral> referrals, string? debtorIban, Instant now)
    {
        if (debtorIban is null)
        {
            return PaymentBatch.NoOwnAccount(command.Actor.Tenant);
        }
        var (actor, batchId) = (command.Actor, command.BatchId);
        var items = referrals
            .SelectMany(r => r.Claims.Where(c => c.Unpaid > 0m && c.BatchId is null).Select(c => new BatchItem(
                r.Id, c.Id, r.Scheme, r.Year, r.CaseReference, c.InvoiceNumber, c.Unpaid, c.PayeeKind, c.PayeeId, c.Returns)))
            .ToList();
        if (items.Count == 0)
        {
            return Refusal.InvalidTransition("No approved claim waits for payment.");
        }
        var created = new PaymentBatchCreated(batchId, [.. items], items.Sum(i => i.Amount), Amsterdam.DateOf(now), actor.User, actor.Role, now);
        return Decision.To([
            new Change(batchId, created),
            .. items.Select(i => new Change(i.ReferralId, new ClaimBatched(i.ReferralId, i.ClaimId, batchId, i.Amount, actor.User, actor.Role, now))),
        ]);
    }
}
