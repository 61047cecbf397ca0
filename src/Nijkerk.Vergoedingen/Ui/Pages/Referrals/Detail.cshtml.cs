using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Privacy;
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
    public ReferralView Referral { get; private set; } = null!;

    public int? Position { get; private set; }

    public string? Motivation { get; private set; }

    /// <summary>Who gives the training, as typed when it was scheduled ("[gewist]" once erased).</summary>
    public string? Provider { get; private set; }

    public IReadOnlyList<EventEntry> Trail { get; private set; } = [];

    public IReadOnlyList<Provider> Providers { get; private set; } = [];

    /// <summary>Errors by form ("schedule", "claim", ...) and field, shown next to what caused them.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public string? ProblemForm { get; private set; }

    public bool CaseWorker => Is(Roles.Consulent) || Is(Roles.FinancialOfficer);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return Page();
    }

    public Task<IActionResult> OnPostScheduleAsync(string id, string? provider, string? startDate) => ActAsync(id, "schedule", Roles.Consulent,
        () => ScheduleTraining.Create(id, provider, Date("schedule.startDate", startDate, "Vul een geldige startdatum in."), ActorAs(Roles.Consulent)),
        "De training is ingepland.");

    public Task<IActionResult> OnPostCompleteAsync(string id, string? completedOn) => ActAsync(id, "complete", Roles.Consulent,
        () => CompleteTraining.Create(id, Date("complete.completedOn", completedOn, "Vul een geldige datum in."), ActorAs(Roles.Consulent)),
        "De training is afgerond.");

    public Task<IActionResult> OnPostWithdrawAsync(string id, string? reason) => ActAsync(id, "withdraw", null,
        () => WithdrawReferral.Create(id, reason, ActorAs(Roles.Consulent, Roles.FinancialOfficer)), "De aanvraag is ingetrokken.");

    public Task<IActionResult> OnPostClaimAsync(string id, string? invoiceNumber, string? amount, string? payee, string? iban) =>
        ActAsync(id, "claim", null, () => RecordClaim.Create(id, Guid.CreateVersion7().ToString(), invoiceNumber,
                Euros(Errors, "claim.amount", amount, "Vul het bedrag in euro's in, bijvoorbeeld 600,00."), payee,
                payee == RecordClaim.Household ? iban : null, null, ActorAs(Roles.Consulent, Roles.FinancialOfficer)),
            "De declaratie is vastgelegd en wacht op goedkeuring.");

    public Task<IActionResult> OnPostCloseAsync(string id) =>
        ActAsync(id, "close", Roles.FinancialOfficer, () => new CloseReferral(id, ActorAs(Roles.FinancialOfficer)), "De aanvraag is afgesloten.");

    public Task<IActionResult> OnPostNotifyAsync(string id) =>
        ActAsync(id, "notify", Roles.FinancialOfficer, () => new NotifyAgain(id, ActorAs(Roles.FinancialOfficer)), "De aanvraag wordt opnieuw naar de stichting gestuurd.");

    public Task<IActionResult> OnPostCaseLookupAsync(string id) => ActAsync(id, "case", null,
        () => new LookUpCaseAgain(id, ActorAs(Roles.Consulent, Roles.FinancialOfficer)), "De zaak wordt opnieuw gezocht in het zaaksysteem.");

    private LocalDate? Date(string key, string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Errors[key] = message;
        }
        return parsed.Success ? parsed.Value : null;
    }

    private Task<IActionResult> ActAsync<T>(string id, string form, string? role, Func<IChecked<ICommand<T>>> command, string done) where T : class =>
        ActAsync(id, form, role, async () =>
        {
            var built = command();
            // What the screen could not read is marked already; the rules speak only to what it could.
            return Errors.Keys.Any(k => k.StartsWith(form + ".", StringComparison.Ordinal))
                ? new Refusal(ProblemCodes.Validation, "What the screen could not read is marked.")
                : (await SendAsync(built, Errors, form + ".")).Refusal;
        }, done);

    private Task<IActionResult> ActAsync<T>(string id, string form, string? role, Func<ICommand<T>> command, string done) where T : class =>
        ActAsync(id, form, role, async () => (await SendAsync(command())).Refusal, done);

    private async Task<IActionResult> ActAsync(string id, string form, string? role, Func<Task<Refusal?>> send, string done)
    {
        if ((role is not null && !Is(role)) || !CaseWorker)
        {
            return Forbid();
        }
        if (await send() is not { } refusal)
        {
            Notice = done;
            return RedirectToPage(new { id });
        }
        Problem = DutchMessages.For(refusal, form switch { "claim" => "declaratie", "case" => DutchMessages.CaseLink, _ => "aanvraag" });
        ProblemForm = form;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    /// <summary>The referral as every answer of this page shows it; loading it to show it is what records the read.</summary>
    private async Task<bool> LoadAsync(string id)
    {
        var cancellation = HttpContext.RequestAborted;
        if (await Query.LoadAsync<ReferralView>(id, cancellation) is not { } referral)
        {
            return false;
        }
        Referral = referral;
        Shows(AccessActions.Referral, referral.Id, referral.CaseReference);
        Position = await WaitingLine.PositionOfAsync(Query, referral, cancellation);
        var events = await Query.Events.FetchStreamAsync(id, token: cancellation);
        var texts = await PersonalTexts.LoadAsync(Query, [referral.Provider, .. events.SelectMany(e => PersonalTexts.In(e.Data))], cancellation);
        if (CaseWorker)
        {
            Motivation = texts.Read(events.Select(e => e.Data).OfType<TrainingRequested>().FirstOrDefault()?.Motivation);
        }
        Provider = texts.Read(referral.Provider);
        Trail = [.. events.Select(e => AuditTrail.From(e, texts))];
        Providers = [.. await Query.Query<Provider>().OrderBy(p => p.Name).ToListAsync(cancellation)];
        return true;
    }

    public string? Error(string key) => Errors.GetValueOrDefault(key);

    public LocalDate Today => Amsterdam.DateOf(Clock.GetCurrentInstant());
}
