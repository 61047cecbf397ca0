using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Ui.Pages.Privacy;

/// <summary>
/// The subject access export of a case for the screens: the printable page <c>GET /api/cases/{caseReference}/export</c>
/// answers with <c>Accept: text/html</c>, read and recorded as it reads and records it; a case the ledger does not
/// hold is said here, beside a field to try another.
/// </summary>
[Authorize(Policy = Policies.PrivacyOfficer)]
public sealed class ExportModel(MunicipalityDirectory municipalities) : LedgerPage
{
    public string? Case { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? zaak)
    {
        if (string.IsNullOrWhiteSpace(zaak))
        {
            Problem = "Vul het zaaknummer in.";
            return Page();
        }
        Case = CaseReferences.Canonical(zaak);
        var export = await CaseExport.ReadAsync(Query, User, Case, municipalities, Now, HttpContext.RequestAborted);
        if (export is null)
        {
            Problem = DutchMessages.For(Refusal.NotFound("Case"), DutchMessages.Case);
            return Page();
        }
        await new RazorComponentResult<CaseExportPage>(new { Export = export }).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
