using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Ui.Pages.Payments;

/// <summary>One payment on one approved claim, booked by hand: the command of <c>POST /api/referrals/{id}/claims/{claimId}/payments</c>.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class BookModel : LedgerPage
{
    public ReferralView Referral { get; private set; } = null!;

    public Claim Claim { get; private set; } = null!;

    /// <summary>Who the claim pays: a registered practice by its name, or the household.</summary>
    public string Payee { get; private set; } = "";

    /// <summary>What the rules said, by field: the refusals about the amount and the bank reference stand there too.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>A refusal about the claim itself, not about what was typed.</summary>
    public string? Problem { get; private set; }

    public LocalDate Today => Amsterdam.DateOf(Now);

    public async Task<IActionResult> OnGetAsync(string referral, string claim) => await LoadAsync(referral, claim) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string referral, string claim, string? amount, string? paidOn, string? reference)
    {
        var euros = Euros(Errors, "amount", amount, "Vul het bedrag in euro's in, bijvoorbeeld 600,00.");
        LocalDate? date = string.IsNullOrWhiteSpace(paidOn) ? null
            : LocalDatePattern.Iso.Parse(paidOn) is { Success: true } parsed ? parsed.Value : Unreadable("paidOn", "Vul een geldige betaaldatum in.");
        if (Errors.Count == 0)
        {
            var outcome = await SendAsync(BookPayment.Create(referral, claim, euros, date, reference, ActorAs(Roles.FinancialOfficer)), Errors);
            if (outcome.Value is { } payment)
            {
                Notice = payment.AlreadyBooked
                    ? $"Deze betaling was al geboekt onder bankreferentie {payment.Reference}; er is niets opnieuw geboekt."
                    : $"De betaling van {Dutch.Euro(payment.Amount)} op {Dutch.Date(payment.PaidOn)} is geboekt.";
                return RedirectToPage("Index");
            }
            Place(outcome.Refusal!);
        }
        return await LoadAsync(referral, claim) ? Page() : NotFound();
    }

    /// <summary>A refusal about the amount or the bank reference goes beside that field; any other above the form.</summary>
    private void Place(Refusal refusal)
    {
        if (refusal.Errors.Count > 0)
        {
            return;
        }
        var field = refusal.Code switch
        {
            ProblemCodes.Overpayment or ProblemCodes.OverCommitment => "amount",
            ProblemCodes.IdempotencyConflict => "reference",
            _ => null,
        };
        if (field is null)
        {
            Problem = DutchMessages.For(refusal, "declaratie");
        }
        else
        {
            Errors[field] = DutchMessages.For(refusal, "betaling");
        }
    }

    private LocalDate? Unreadable(string field, string message)
    {
        Errors[field] = message;
        return null;
    }

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    private async Task<bool> LoadAsync(string referralId, string claimId)
    {
        var cancellation = HttpContext.RequestAborted;
        if (await Query.LoadAsync<ReferralView>(referralId, cancellation) is not { } referral || referral.ClaimOf(claimId) is not { } claim)
        {
            return false;
        }
        (Referral, Claim) = (referral, claim);
        Shows(AccessActions.Referral, referral.Id, referral.CaseReference);
        Payee = claim.PayeeKind == PayeeKind.Household
            ? "Het huishouden"
            : (await Query.LoadAsync<Provider>(claim.PayeeId, cancellation))?.Name ?? "Een aanbieder die niet (meer) geregistreerd is";
        return true;
    }
}
