using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record BookPaymentRequest(string? Amount, LocalDate? PaidOn, string? Reference);

public sealed record BookPayment(string ReferralId, string ClaimId, decimal Amount, LocalDate PaidOn, string Reference, Actor Actor) : ICommand;

public sealed record PaymentDetails(string ReferralId, string ClaimId, string Amount, LocalDate PaidOn, string Reference);

public static class BookPaymentEndpoint
{
    public static ProblemDetails Validate(BookPaymentRequest? body)
    {
        if (body is null)
        {
            return Validation.MissingBody();
        }
        var check = new Validation();
        if (check.Amount("amount", body.Amount) == 0m)
        {
            check.Add("amount", "must be more than 0.00");
        }
        if (body.PaidOn is null)
        {
            check.Add("paidOn", "is required, as a date like 2026-05-01");
        }
        check.Text("reference", body.Reference, 35);
        return check.ToProblem();
    }

    [WolverinePost("/api/referrals/{id}/claims/{claimId}/payments")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, string claimId, BookPaymentRequest body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new BookPayment(
            id, claimId, decimal.Parse(body.Amount!, System.Globalization.CultureInfo.InvariantCulture), body.PaidOn!.Value,
            body.Reference!.Trim(), user.ActorFor(Roles.FinancialOfficer)));
}

public static class BookPaymentHandler
{
    public static async Task<CommandResult> Handle(BookPayment command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        if (await ReferralWork.LoadAsync(session, command.ReferralId, cancellation) is not { } work)
        {
            return Refusal.NotFound("Referral");
        }
        if (await session.LoadAsync<PaymentReference>(command.Reference, cancellation) is { } booked)
        {
            // The bank reference was booked before: the same payment again is a no-op, another one a conflict.
            return booked.ClaimId == command.ClaimId && booked.Amount == command.Amount
                ? CommandResult.Ok(new PaymentDetails(booked.ReferralId, booked.ClaimId, Amount.Format(booked.Amount), booked.PaidOn, booked.Id))
                : new Refusal(ProblemCodes.IdempotencyConflict, $"Bank reference {command.Reference} was booked for another payment.");
        }
        var decision = Decide(work.Referral.Aggregate!, command, clock.GetCurrentInstant());
        if (!decision.IsRefused)
        {
            session.Insert(new PaymentReference(command.Reference, command.ReferralId, command.ClaimId, command.Amount, command.PaidOn));
        }
        return await work.CommitAsync(session, decision, (_, _) => CommandResult.Created(
            $"/api/referrals/{command.ReferralId}/claims/{command.ClaimId}",
            new PaymentDetails(command.ReferralId, command.ClaimId, Amount.Format(command.Amount), command.PaidOn, command.Reference)));
    }

    /// <summary>A payment moves euros from committed to paid, up to what the claim has approved and unpaid.</summary>
    public static Decision Decide(Referral referral, BookPayment command, Instant now)
    {
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
            return Refusal.Validation("paidOn", "A payment cannot be booked before it is made.");
        }
        var paid = new PaymentBooked(referral.Id, claim.Id, referral.Scheme, referral.Year, command.Amount, command.PaidOn, command.Reference, null,
            command.Actor.User, command.Actor.Role, now);
        return Decision.To(new Change(referral.Id, paid), new Change(BudgetYear.StreamKey(referral.Scheme, referral.Year), paid));
    }
}
