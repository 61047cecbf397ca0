using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Marten;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Payments;

public sealed record BookPaymentBatch(string BatchId, Actor Actor) : ICommand<PaymentBatchDetails>;

public static class BookPaymentBatchEndpoint
{
    [WolverinePost("/api/payment-batches/{id}/booked")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<PaymentBatchDetails>, ProblemHttpResult>> Post(string id, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, new BookPaymentBatch(id, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class BookPaymentBatchHandler
{
    public static async Task<Outcome<PaymentBatchDetails>> Handle(
        BookPaymentBatch command, [WriteAggregate(nameof(BookPaymentBatch.BatchId), Required = false, LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] IEventStream<PaymentBatch> batch,
        IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        // Years in a fixed order, so two bookings never wait on each other's locks crosswise.
        var streams = new List<IEventStream<object>> { batch };
        var current = batch.Aggregate;
        foreach (var year in (current?.Items ?? []).Select(i => BudgetYear.StreamKey(i.Scheme, i.Year)).Distinct().Order())
        {
            streams.Add(await session.Events.FetchForExclusiveWriting<BudgetYear>(year, cancellation));
        }
        var fetched = await ReferralStreams.FetchManyAsync(session, (current?.Items ?? []).Select(i => i.ReferralId).Distinct(), cancellation);
        streams.AddRange(fetched);
        var referrals = fetched.Select(f => (Referral)f.Aggregate!).ToList();
        // Transfers a bank statement booked already: the batch books the rest.
        var booked = (await session.LoadManyAsync<PaymentReference>(cancellation, [.. (current?.Items ?? []).Select(i => i.EndToEndId)]))
            .Select(p => p.Id).ToHashSet();
        var decision = Decide(current, referrals, booked, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, [.. streams]);
        return PaymentBatchDetails.From((await session.Events.ProjectLatest<PaymentBatch>(command.BatchId, cancellation))!);
    }

    /// <summary>
    /// Each transfer of the batch not booked yet (by a bank statement) becomes a payment on its claim, moving euros from
    /// committed to paid.
    /// </summary>
    public static Decision Decide(PaymentBatch? batch, IReadOnlyList<Referral> referrals, IReadOnlySet<string> booked, BookPaymentBatch command, Instant now)
    {
        if (batch is null)
        {
            return Refusal.NotFound("Payment batch");
        }
        if (batch.IsBooked)
        {
            return Refusal.InvalidTransition($"Payment batch {batch.Id} was booked on {batch.BookedOn:uuuu-MM-dd}.");
        }
        var (actor, today) = (command.Actor, Amsterdam.DateOf(now));
        var changes = new List<Change>();
        var open = batch.Items.Where(i => !booked.Contains(i.EndToEndId)).ToList();
        foreach (var item in open)
        {
            var referral = referrals.Single(r => r.Id == item.ReferralId);
            if (referral.ClaimOf(item.ClaimId) is not { } claim || claim.BatchId != batch.Id || item.Amount > claim.Unpaid)
            {
                return Refusal.InvalidTransition($"Claim {item.InvoiceNumber} no longer matches the batch.");
            }
            if (open.Where(i => i.ReferralId == referral.Id).Sum(i => i.Amount) > referral.Committed)
            {
                return new Refusal(ProblemCodes.OverCommitment, $"Referral {referral.CaseReference} has only {Amount.Format(referral.Committed)} committed.");
            }
            var paid = new PaymentBooked(item.ReferralId, item.ClaimId, item.Scheme, item.Year, item.Amount, today, item.EndToEndId, batch.Id,
                actor.User, actor.Role, now);
            changes.Add(new(item.ReferralId, paid));
            changes.Add(new(BudgetYear.StreamKey(item.Scheme, item.Year), paid));
        }
        changes.Add(new(batch.Id, new PaymentBatchBooked(batch.Id, today, actor.User, actor.Role, now)));
        // Each transfer's end-to-end id is its bank reference: booked once, here or by hand.
        return Decision.To(changes).With([.. changes.Select(c => c.Event).OfType<PaymentBooked>().DistinctBy(p => p.Reference)
            .Select(p => DocumentChange.Insert(PaymentReference.Of(p)))]);
    }
}
