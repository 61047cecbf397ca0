using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record RecordClaimRequest(string? InvoiceNumber, string? Amount, string? Payee, string? Iban, string? Name);

/// <summary>For a household payee, <see cref="Account"/> is its bank account, stored apart from the events.</summary>
public sealed record RecordClaim(
    string ReferralId, string ClaimId, string InvoiceNumber, decimal Amount, PayeeKind PayeeKind, string PayeeId,
    PayeeAccount? Account, Actor Actor) : ICommand;

public static class RecordClaimEndpoint
{
    public const string Household = "household";

    /// <summary>The invoice number travels to the bank as remittance information, at most 35 characters.</summary>
    public const int MaxInvoiceNumberLength = 35;

    public static ProblemDetails Validate(RecordClaimRequest? body)
    {
        if (body is null)
        {
            return Validation.MissingBody();
        }
        var check = new Validation();
        check.Text("invoiceNumber", body.InvoiceNumber, MaxInvoiceNumberLength);
        if (check.Amount("amount", body.Amount) == 0m)
        {
            check.Add("amount", "must be more than 0.00");
        }
        if (body.Payee == Household)
        {
            if (!Iban.IsValid(body.Iban))
            {
                check.Add("iban", "must be the household's valid IBAN (ISO 13616)");
            }
            if (body.Name is { Length: > RegisterProviderEndpoint.MaxNameLength })
            {
                check.Add("name", $"must be at most {RegisterProviderEndpoint.MaxNameLength} characters");
            }
        }
        else if (!Guid.TryParse(body.Payee, out _))
        {
            check.Add("payee", "must be a registered provider's id, or \"household\" with an iban");
        }
        else if (body.Iban is not null)
        {
            check.Add("iban", "is the provider's registered IBAN; leave it out");
        }
        return check.ToProblem();
    }

    [WolverinePost("/api/referrals/{id}/claims")]
    [Authorize(Policy = Policies.CaseWork)]
    public static Task<IResult> Post(string id, RecordClaimRequest body, ClaimsPrincipal user, IMessageBus bus, HttpContext http)
    {
        var household = body.Payee == Household;
        var account = household ? new PayeeAccount(Guid.CreateVersion7().ToString(), Iban.Normalize(body.Iban!), body.Name?.Trim()) : null;
        return bus.SendAsync(http, new RecordClaim(
            id, Guid.CreateVersion7().ToString(), body.InvoiceNumber!.Trim(), decimal.Parse(body.Amount!, System.Globalization.CultureInfo.InvariantCulture),
            household ? PayeeKind.Household : PayeeKind.Provider, account?.Id ?? body.Payee!, account,
            user.ActorFor(Roles.Consulent, Roles.FinancialOfficer)));
    }
}

public static class RecordClaimHandler
{
    public static async Task<CommandResult> Handle(RecordClaim command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        if (await ReferralWork.LoadAsync(session, command.ReferralId, cancellation) is not { } work)
        {
            return Refusal.NotFound("Referral");
        }
        if (command.PayeeKind == PayeeKind.Provider && await session.LoadAsync<Provider>(command.PayeeId, cancellation) is null)
        {
            return Refusal.Validation("payee", "No provider is registered with this id.");
        }
        var referral = work.Referral.Aggregate!;
        var invoice = InvoiceRegistration.KeyFor(PayeeKey(referral, command), command.InvoiceNumber);
        var taken = await session.LoadAsync<InvoiceRegistration>(invoice, cancellation) is not null;
        var decision = Decide(referral, command, taken, clock.GetCurrentInstant());
        if (!decision.IsRefused)
        {
            session.Insert(new InvoiceRegistration(invoice, command.ReferralId, command.ClaimId));
            if (command.Account is { } account)
            {
                session.Store(account);
            }
        }
        return await work.CommitAsync(session, decision, (after, _) => ClaimDetails.Answer(after, command.ClaimId) with
        {
            Status = StatusCodes.Status201Created,
            Location = $"/api/referrals/{command.ReferralId}/claims/{command.ClaimId}",
        });
    }

    /// <summary>Invoice numbers are unique per payee: a provider, or the household of a case.</summary>
    public static string PayeeKey(Referral referral, RecordClaim command) =>
        command.PayeeKind == PayeeKind.Provider ? $"provider/{command.PayeeId}" : $"household/{referral.CaseReference}";

    /// <summary>Bijzondere bijstand referrals with money committed take claims; houd-me-vast is paid by the foundation.</summary>
    public static Decision Decide(Referral referral, RecordClaim command, bool invoiceTaken, Instant now)
    {
        if (referral.SchemeOf().Kind != SchemeKind.Budget)
        {
            return Refusal.InvalidTransition($"A {referral.Scheme} referral takes no claims: the foundation pays the training.");
        }
        if (referral.Status is not (ReferralStatus.Committed or ReferralStatus.Scheduled or ReferralStatus.Completed))
        {
            return Refusal.InvalidTransition($"Claims need an approved referral; this one is {referral.Status}.");
        }
        if (invoiceTaken)
        {
            return new Refusal(ProblemCodes.DuplicateInvoice, $"Invoice {command.InvoiceNumber} of this payee was already claimed.");
        }
        var actor = command.Actor;
        return Decision.To(new Change(referral.Id, new ClaimRecorded(
            referral.Id, command.ClaimId, command.InvoiceNumber, command.Amount, command.PayeeKind, command.PayeeId, actor.User, actor.Role, now)));
    }
}
