using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Ui.Pages.Referrals;

/// <summary>One referral: where it stands, what can be done next, its claims and its full trail.</summary>
[Authorize(Policy = Policies.ReadReferrals)]
public sealed class DetailModel : LedgerPage
{
    public Referral Referral { get; private set; } = null!;

    public int? Position { get; private set; }

    public string? Motivation { get; private set; }

    public IReadOnlyList<EventEntry> Trail { get; private set; } = [];

    public IReadOnlyList<Provider> Providers { get; private set; } = [];

    /// <summary>Errors by form ("schedule", "claim", ...) and field, shown next to what caused them.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public string? ProblemForm { get; private set; }

    public bool CaseWorker => Is(Roles.Consulent) || Is(Roles.FinancialOfficer);

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostScheduleAsync(string id, string? provider, string? startDate) => ActAsync(id, "schedule", Roles.Consulent, () =>
    {
        if (string.IsNullOrWhiteSpace(provider)) { Errors["schedule.provider"] = "Vul de aanbieder in."; }
        var start = LocalDatePattern.Iso.Parse(startDate ?? "");
        if (!start.Success) { Errors["schedule.startDate"] = "Vul een geldige startdatum in."; }
        return Errors.Count > 0 ? null : new ScheduleTraining(id, provider!.Trim(), start.Value, ActorAs(Roles.Consulent));
    }, "De training is ingepland.");

    public Task<IActionResult> OnPostCompleteAsync(string id, string? completedOn) => ActAsync(id, "complete", Roles.Consulent, () =>
    {
        var date = LocalDatePattern.Iso.Parse(completedOn ?? "");
        if (!date.Success) { Errors["complete.completedOn"] = "Vul een geldige datum in."; return null; }
        return new CompleteTraining(id, date.Value, ActorAs(Roles.Consulent));
    }, "De training is afgerond.");

    public Task<IActionResult> OnPostWithdrawAsync(string id, string? reason) => ActAsync(id, "withdraw", null, () =>
    {
        if (string.IsNullOrWhiteSpace(reason)) { Errors["withdraw.reason"] = "Vul de reden in."; return null; }
        return new WithdrawReferral(id, reason.Trim(), ActorAs(Roles.Consulent, Roles.FinancialOfficer));
    }, "De aanvraag is ingetrokken.");

    public Task<IActionResult> OnPostClaimAsync(string id, string? invoiceNumber, string? amount, string? payee, string? iban) =>
        ActAsync(id, "claim", null, () =>
        {
            if (string.IsNullOrWhiteSpace(invoiceNumber)) { Errors["claim.invoiceNumber"] = "Vul het factuurnummer in."; }
            if (!DutchAmount.TryParse(amount, out var euros) || euros <= 0) { Errors["claim.amount"] = "Vul het bedrag in euro's in, bijvoorbeeld 600,00."; }
            var household = payee == "household";
            if (household && !Iban.IsValid(iban)) { Errors["claim.iban"] = "Vul een geldig IBAN van het huishouden in."; }
            if (!household && !Guid.TryParse(payee, out _)) { Errors["claim.payee"] = "Kies aan wie betaald wordt."; }
            if (Errors.Count > 0) { return null; }
            var account = household ? new PayeeAccount(Guid.CreateVersion7().ToString(), Iban.Normalize(iban!), null) : null;
            return new RecordClaim(id, Guid.CreateVersion7().ToString(), invoiceNumber!.Trim(), euros,
                household ? PayeeKind.Household : PayeeKind.Provider, account?.Id ?? payee!, account, ActorAs(Roles.Consulent, Roles.FinancialOfficer));
        }, "De declaratie is vastgelegd en wacht op goedkeuring.");

    public Task<IActionResult> OnPostCloseAsync(string id) =>
        ActAsync(id, "close", Roles.FinancialOfficer, () => new CloseReferral(id, ActorAs(Roles.FinancialOfficer)), "De aanvraag is afgesloten.");

    public Task<IActionResult> OnPostNotifyAsync(string id) =>
        ActAsync(id, "notify", Roles.FinancialOfficer, () => new NotifyAgain(id, ActorAs(Roles.FinancialOfficer)), "De aanvraag wordt opnieuw naar de stichting gestuurd.");

    private async Task<IActionResult> ActAsync(string id, string form, string? role, Func<ICommand?> command, string done)
    {
        if ((role is not null && !Is(role)) || !CaseWorker)
        {
            return Forbid();
        }
        var next = command();
        if (next is not null)
        {
            var outcome = await SendAsync(next);
            if (outcome.Succeeded)
            {
                Notice = done;
                return RedirectToPage(new { id });
            }
            foreach (var (field, _) in outcome.FieldErrors)
            {
                Errors[$"{form}.{field}"] = DutchMessages.Field(field);
            }
            Problem = DutchMessages.For(outcome, form == "claim" ? "declaratie" : "aanvraag");
        }
        else
        {
            Problem = "Controleer de gemarkeerde velden.";
        }
        ProblemForm = form;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id)
    {
        var cancellation = HttpContext.RequestAborted;
        if (await Query.LoadAsync<Referral>(id, cancellation) is not { } referral)
        {
            return false;
        }
        Referral = referral;
        if (referral.Status == ReferralStatus.Waitlisted)
        {
            Position = (await Query.LoadAsync<QuotaYear>(QuotaYear.StreamKey(referral.Scheme, referral.Year), cancellation))?.PositionOf(id);
        }
        if (CaseWorker)
        {
            Motivation = (await Query.LoadAsync<ReferralMotivation>(id, cancellation))?.Text;
        }
        Trail = [.. (await Query.Events.FetchStreamAsync(id, token: cancellation)).Select(AuditTrail.From)];
        Providers = [.. await Query.Query<Provider>().OrderBy(p => p.Name).ToListAsync(cancellation)];
        return true;
    }

    public string? Error(string key) => Errors.GetValueOrDefault(key);

    public LocalDate Today => Amsterdam.DateOf(Clock.GetCurrentInstant());
}
