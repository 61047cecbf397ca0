using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Claims;

public sealed record RecordClaimRequest(string? InvoiceNumber, string? Amount, string? Payee, string? Iban = null, string? Name = null);

/// <summary>For a household payee, <see cref="Account"/> is its bank account, stored apart from the events.</summary>
public sealed record RecordClaim(
    string ReferralId, string ClaimId, string InvoiceNumber, decimal Amount, PayeeKind PayeeKind, string PayeeId,
    PayeeAccount? Account, Actor Actor) : ICommand<ClaimDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(RecordClaim), $"claim {ClaimId} of referral {ReferralId}", Actor);

    public const string Household = "household";

    /// <summary>The invoice number travels to the bank as remittance information, at most 35 characters.</summary>
    public const int MaxInvoiceNumber = 35;

    /// <summary>
    /// An invoice of a registered provider, or a receipt the household paid itself, to be reimbursed to
    /// the household's own account; that account is named by the claim's id.
    /// </summary>
    public static Checked<RecordClaim> Create(
        string referralId, string claimId, string? invoiceNumber, decimal? amount, string? payee, string? iban, string? name, Actor actor)
    {
        var check = new Check();
        var invoice = check.Text("invoiceNumber", invoiceNumber, MaxInvoiceNumber, identifier: true);
        var euros = check.Amount("amount", amount);
        PayeeAccount? account = null;
        if (payee == Household)
        {
            var number = check.Iban("iban", iban, "must be the household's valid IBAN (ISO 13616)");
            var holder = check.OptionalText("name", name, RegisterProvider.MaxName);
            account = check.Passed ? new PayeeAccount(claimId, number, holder) : null;
        }
        else if (!Guid.TryParse(payee, out _))
        {
            check.Fail("payee", payee is null ? Rules.Required : Rules.Shape, "must be a registered provider's id, or \"household\" with an iban");
        }
        else if (iban is not null)
        {
            check.Fail("iban", Rules.NotForScheme, "is the provider's registered IBAN; leave it out");
        }
        return check.Then(() => new RecordClaim(referralId, claimId, invoice, euros,
            account is null ? PayeeKind.Provider : PayeeKind.Household, account?.Id ?? payee!, account, actor));
    }
}

public static class RecordClaimEndpoint
{
    [WolverinePost("/api/referrals/{id}/claims")]
    [Authorize(Policy = Policies.CaseWork)]
    public static async Task<Results<Created<ClaimDetails>, ProblemHttpResult>> Post(
        string id, RecordClaimRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http)
    {
        var read = new Validation();
        var amount = read.Amount("amount", body?.Amount);
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return await commands.SendAsync(http, RecordClaim.Create(id, Guid.CreateVersion7().ToString(), body?.InvoiceNumber, amount, body?.Payee,
            body?.Iban, body?.Name, user.ActorFor(Roles.Consulent, Roles.FinancialOfficer))).Created(http, c => c.ClaimId);
    }
}

public static class RecordClaimHandler
{
    public static async Task<Outcome<ClaimDetails>> Handle(RecordClaim command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        var providerKnown = command.PayeeKind != PayeeKind.Provider || await session.LoadAsync<Provider>(command.PayeeId, cancellation) is not null;
        var invoiceTaken = streams.Current is { } referral && await session.LoadAsync<InvoiceRegistration>(
            InvoiceRegistration.KeyFor(referral, command.PayeeKind, command.PayeeId, command.InvoiceNumber), cancellation) is not null;
        var decision = Decide(streams.Current, streams.YearClosed, command, providerKnown, invoiceTaken, clock.GetCurrentInstant());
        return await streams.CommitAsync(session, decision, after => ClaimDetails.Of(after, command.ClaimId), cancellation);
    }

    /// <summary>
    /// Bijzondere bijstand referrals with money committed take claims; houd-me-vast is paid by the
    /// foundation. The invoice is registered for its payee, and a household's account stored, with the claim.
    /// </summary>
    public static Decision Decide(Referral? referral, bool yearClosed, RecordClaim command, bool providerKnown, bool invoiceTaken, Instant now)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (!providerKnown)
        {
            return Refusal.Validation("payee", Rules.Unknown, "No provider is registered with this id.");
        }
        if (referral.Scheme.Kind != SchemeKind.Budget)
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
        var decision = Decision.To(new Change(referral.Id, new ClaimRecorded(
                referral.Id, command.ClaimId, command.InvoiceNumber, command.Amount, command.PayeeKind, command.PayeeId, actor.User, actor.Role, now)))
            .With(DocumentChange.Insert(new InvoiceRegistration(
                InvoiceRegistration.KeyFor(referral, command.PayeeKind, command.PayeeId, command.InvoiceNumber), referral.Id, command.ClaimId)));
        return command.Account is { } account ? decision.With(DocumentChange.Store(account)) : decision;
    }
}
