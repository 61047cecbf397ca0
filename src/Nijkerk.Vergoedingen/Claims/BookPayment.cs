using System.Security.Claims;
using Marten;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record BookPaymentRequest(string? Amount, LocalDate? PaidOn, string? Reference);

public sealed record BookPayment(string ReferralId, string ClaimId, decimal Amount, LocalDate PaidOn, string Reference, Actor Actor) : ICommand<PaymentDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(BookPayment), $"claim {ClaimId} of referral {ReferralId}", Actor);

    /// <summary>A bank's end-to-end reference holds at most 35 characters.</summary>
    public const int MaxReference = 35;

    public static Checked<BookPayment> Create(string referralId, string claimId, decimal? amount, LocalDate? paidOn, string? reference, Actor actor)
    {
        var check = new Check();
        var euros = check.Amount("amount", amount);
        var date = check.Required("paidOn", paidOn);
        var bankReference = check.Text("reference", reference, MaxReference, identifier: true);
        return check.Then(() => new BookPayment(referralId, claimId, euros, date, bankReference, actor));
    }
}

public sealed record PaymentDetails(string ReferralId, string ClaimId, decimal Amount, LocalDate PaidOn, string Reference)
{
    /// <summary>The bank reference was booked before, for this very payment: nothing new was booked.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AlreadyBooked { get; init; }

    public static PaymentDetails From(PaymentReference payment) => new(payment.ReferralId, payment.ClaimId, payment.Amount, payment.PaidOn, payment.Id);
}

public static class BookPaymentEndpoint
{
    /// <summary>201 for a payment booked now; 200 for the same payment under the same bank reference again.</summary>
    [WolverinePost("/api/referrals/{id}/claims/{claimId}/payments")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static async Task<Results<Created<PaymentDetails>, Ok<PaymentDetails>, ProblemHttpResult>> Post(
        string id, string claimId, BookPaymentRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http)
    {
        var read = new Validation();
        var amount = read.Amount("amount", body?.Amount);
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        var booked = await commands.SendAsync(http, BookPayment.Create(id, claimId, amount, body?.PaidOn, body?.Reference, user.ActorFor(Roles.FinancialOfficer)));
        return booked switch
        {
            { Value: { AlreadyBooked: true } again } => TypedResults.Ok(again),
            { Value: { } payment } => TypedResults.Created(CommandResults.Location(http, payment.Reference), payment),
            _ => CommandResults.Problem(booked.Refusal!),
        };
    }
}

public static class BookPaymentHandler
{
    public static async Task<Outcome<PaymentDetails>> Handle(BookPayment command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        // A payment moves euros on the year's budget.
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => true, cancellation);
        var booked = await session.LoadAsync<PaymentReference>(command.Reference, cancellation);
        var decision = Decide(streams.Current, streams.YearClosed, command, booked, clock.GetCurrentInstant());
        return await streams.CommitAsync(session, decision, _ => booked is null
            ? PaymentDetails.From(new PaymentReference(command.Reference, command.ReferralId, command.ClaimId, command.Amount, command.PaidOn))
            : PaymentDetails.From(booked) with { AlreadyBooked = true }, cancellation);
    }

    /// <summary>
    /// A payment moves euros from committed to paid, up to what the claim has approved and unpaid. Its
    /// bank reference is booked once: the same payment again is a no-op, another one under it a conflict.
    /// </summary>
    public static Decision Decide(Referral? referral, bool yearClosed, BookPayment command, PaymentReference? booked, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (booked is not null)
        {
            return booked.ClaimId == command.ClaimId && booked.Amount == command.Amount
                ? Decision.To()
                : new Refusal(ProblemCodes.IdempotencyConflict, $"Bank reference {command.Reference} was booked for another payment.");
        }
        if (referral.ClaimOf(command.ClaimId) is not { } claim)
        {
            return Refusal.NotFound("Claim");
        }
        if (claim.Status is not (ClaimStatus.Approved or ClaimStatus.Paid))
        {
            return Refusal.InvalidTransition($"Only an approved claim can be paid; this one is {claim.Status}.");
        }
        if (claim.BatchId is not null)
        {
            return Refusal.InvalidTransition($"The claim is in payment batch {claim.BatchId}; book that batch instead.");
        }
        if (command.Amount > claim.Unpaid)
        {
            return new Refusal(ProblemCodes.Overpayment,
                $"The claim has {Amount.Format(claim.Unpaid)} approved and unpaid; {Amount.Format(command.Amount)} is more.");
        }
        if (command.Amount > referral.Committed)
        {
            return new Refusal(ProblemCodes.OverCommitment, $"Only {Amount.Format(referral.Committed)} is still committed to this referral.");
        }
        if (command.PaidOn > Amsterdam.DateOf(now))
        {
            return Refusal.Validation("paidOn", Rules.InFuture, "A payment cannot be booked before it is made.");
        }
        var paid = new PaymentBooked(referral.Id, claim.Id, referral.Scheme, referral.Year, command.Amount, command.PaidOn, command.Reference, null,
            command.Actor.User, command.Actor.Role, now);
        return Decision.To(new Change(referral.Id, paid), new Change(BudgetYear.StreamKey(referral.Scheme, referral.Year), paid))
            .With(DocumentChange.Insert(PaymentReference.Of(paid)));
    }
}
