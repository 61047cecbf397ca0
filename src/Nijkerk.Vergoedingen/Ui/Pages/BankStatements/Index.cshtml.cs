using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.BankStatements;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.BankStatements;

/// <summary>A financial officer uploads the bank's statement; the page says what it booked, returned and left for a person.</summary>
[Authorize(Policy = Policies.FinancialOfficer)]
public sealed class IndexModel : LedgerPage
{
    public BankStatementDetails? Read { get; private set; }

    public IReadOnlyList<BankStatement> Statements { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? statement)
    {
        if (statement is null || statement.Length == 0)
        {
            Problem = "Kies het bankafschrift (camt.053) dat u wilt inlezen.";
            await LoadAsync();
            return Page();
        }
        using var file = new MemoryStream();
        await statement.CopyToAsync(file, HttpContext.RequestAborted);
        file.Position = 0;
        var command = ImportBankStatement.Create(file, ActorAs(Roles.FinancialOfficer));
        var outcome = command.Command is { } valid ? await SendAsync(valid) : new Outcome<BankStatementDetails> { Refusal = command.Refusal };
        if (outcome.Refusal is { } refusal)
        {
            Problem = refusal.Errors.Any(e => e.Rule == Rules.OtherAccount)
                ? "Dit afschrift is van een andere rekening dan die van de gemeente; er is niets geboekt."
                : refusal.Code == ProblemCodes.Validation
                    ? "Dit bestand is geen leesbaar bankafschrift (camt.053); er is niets geboekt."
                    : DutchMessages.For(refusal, "betaling");
        }
        Read = outcome.Value;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Statements = [.. await Query.Query<BankStatement>().OrderByDescending(s => s.Id).Take(20).ToListAsync(HttpContext.RequestAborted)];
}
