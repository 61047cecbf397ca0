using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Ui.Pages.Claims;

/// <summary>The financial officers' week: claims to decide, payment batches to make, download and book.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class IndexModel(MunicipalityDirectory municipalities) : LedgerPage
{
    /// <summary>The oldest submitted claims, as many as a financial officer decides in one sitting.</summary>
    public ClaimQueue Submitted { get; private set; } = new([]);

    /// <summary>Approved claims in no batch yet: how many, and what is left to pay on them.</summary>
    public (long Count, decimal Unpaid) ToPay { get; private set; }

    public IReadOnlyList<PaymentBatch> Batches { get; private set; } = [];

    public (string Id, string Text)? RowProblem { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostApproveAsync(string referral, string claim) =>
        ActAsync(claim, new ApproveClaim(referral, claim, ActorAs(Roles.FinancialOfficer)), "De declaratie is goedgekeurd.");

    public async Task<IActionResult> OnPostRejectAsync(string referral, string claim, string? reason)
    {
        var command = RejectClaim.Create(referral, claim, reason, ActorAs(Roles.FinancialOfficer));
        if (command.Refusal is { } refusal)
        {
            RowProblem = (claim, $"{DutchMessages.Fields(refusal)} Een afwijzing wordt met reden vastgelegd.");
            await LoadAsync();
            return Page();
        }
        return await ActAsync(claim, command.Command!, "De declaratie is afgewezen.");
    }

    public Task<IActionResult> OnPostBatchAsync() =>
        ActAsync(null, new CreatePaymentBatch(Guid.CreateVersion7().ToString(), ActorAs(Roles.FinancialOfficer)), "De betaalbatch is gemaakt; download het bestand voor de bank.");

    public Task<IActionResult> OnPostBookedAsync(string batch) =>
        ActAsync(batch, new BookPaymentBatch(batch, ActorAs(Roles.FinancialOfficer)), "De betalingen van de batch zijn geboekt.");

    /// <summary>The SEPA file, for the bank.</summary>
    public async Task<IActionResult> OnGetFileAsync(string batch)
    {
        if (await Query.LoadAsync<PaymentBatch>(batch, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }
        var (file, refusal) = await PaymentBatchFile.ReadAsync(
            Query, found, (await municipalities.FindAsync(Tenant, HttpContext.RequestAborted))?.Terms, User, Now, HttpContext.RequestAborted);
        if (file is null)
        {
            Problem = refusal?.Field == "payee"
                ? "Het bestand kan niet worden gemaakt: het rekeningnummer van een huishouden is gewist."
                : "Het bestand kan niet worden gemaakt: het rekeningnummer van de gemeente is niet ingesteld.";
            await LoadAsync();
            return Page();
        }
        return File(file, "application/xml", PaymentBatchFile.FileName(found));
    }

    private async Task<IActionResult> ActAsync<T>(string? row, ICommand<T> command, string done) where T : class
    {
        var outcome = await SendAsync(command);
        if (outcome.Refusal is not { } refusal)
        {
            Notice = done;
            return RedirectToPage();
        }
        var text = refusal.Code == ProblemCodes.InvalidTransition && command is CreatePaymentBatch
            ? "Er zijn geen goedgekeurde declaraties die op betaling wachten."
            : DutchMessages.For(refusal, "declaratie");
        if (row is null)
        {
            Problem = text;
        }
        else
        {
            RowProblem = (row, text);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var today = Amsterdam.DateOf(Clock.GetCurrentInstant());
        Submitted = await ClaimQueue.PageAsync(Query, ClaimStatus.Submitted, false, 1, ClaimQueue.DefaultPageSize, today, HttpContext.RequestAborted);
        ToPay = await ClaimQueue.AwaitingPaymentAsync(Query, HttpContext.RequestAborted);
        Batches = [.. await Query.Query<PaymentBatch>().OrderByDescending(b => b.Id).Take(20).ToListAsync(HttpContext.RequestAborted)];
    }
}
