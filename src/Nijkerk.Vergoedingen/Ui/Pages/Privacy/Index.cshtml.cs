using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;

namespace Nijkerk.Vergoedingen.Ui.Pages.Privacy;

/// <summary>
/// "Privacyverzoeken": a case looked up for its subject access export, its erasure asked for, and the erasures
/// waiting for a second privacy officer — each sent as the API sends it.
/// </summary>
[Authorize(Policy = Policies.PrivacyOfficer)]
public sealed class IndexModel : LedgerPage
{
    public sealed record Row(Erasure Erasure, Instant? RequestedAt, Instant? HandledAt);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    /// <summary>The case looked up, in its canonical form; none before a look-up.</summary>
    public string? Case { get; private set; }

    /// <summary>Whether the ledger holds a referral of <see cref="Case"/>.</summary>
    public bool CaseKnown { get; private set; }

    public IReadOnlyList<Row> OfCase { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    /// <summary>The reason typed for a refused request, to be shown again.</summary>
    public string? Reason { get; private set; }

    public async Task OnGetAsync(string? zaak) => await LoadAsync(zaak);

    public async Task<IActionResult> OnPostRequestAsync(string? zaak, string? reason)
    {
        var outcome = await SendAsync(RequestErasure.Create(Guid.CreateVersion7().ToString(), zaak, reason, ActorAs(Roles.PrivacyOfficer)), Errors);
        if (outcome.Value is { } requested)
        {
            Notice = $"Het verzoek om de persoonsgegevens van zaak {requested.CaseReference} te wissen is vastgelegd. Een andere privacy officer moet het bevestigen.";
            return Redirect($"/privacy?zaak={Uri.EscapeDataString(requested.CaseReference)}");
        }
        // A field's refusal is said beside the field and in the summary above the form.
        Problem = outcome.Refusal!.Errors.Count > 0 ? null : DutchMessages.For(outcome.Refusal, DutchMessages.Case);
        Reason = reason;
        await LoadAsync(zaak);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? id, string? zaak)
    {
        var outcome = await SendAsync(ConfirmErasure.Create(id ?? "", zaak ?? "", ActorAs(Roles.PrivacyOfficer)));
        if (outcome.Value is { } erased)
        {
            Notice = $"De persoonsgegevens van zaak {erased.CaseReference} zijn gewist ({erased.Documents} documenten). Bedragen, aantallen en de audittrail zijn gebleven.";
            return Redirect($"/privacy?zaak={Uri.EscapeDataString(erased.CaseReference)}");
        }
        Problem = DutchMessages.For(outcome.Refusal!, DutchMessages.Erasure);
        await LoadAsync(zaak);
        return Page();
    }

    /// <summary>The id of the request form's control a refused field is typed in, for the summary's links.</summary>
    public static string FieldId(string field) => field == "reason" ? "wissen-reden" : "wissen-zaak";

    public static (string Text, string Tone) State(ErasureStatus status) => status switch
    {
        ErasureStatus.Requested => ("Wacht op bevestiging", "warning"),
        ErasureStatus.Erased => ("Gewist", "success"),
        ErasureStatus.Lapsed => ("Vervallen: niet op tijd bevestigd", "neutral"),
        _ => (status.ToString(), "neutral"),
    };

    private async Task LoadAsync(string? zaak)
    {
        var cancellation = HttpContext.RequestAborted;
        Waiting = await RowsAsync(Query.Query<Erasure>().Where(e => e.Status == ErasureStatus.Requested), cancellation);
        if (!string.IsNullOrWhiteSpace(zaak))
        {
            // Stored in the capitals typed at the time, before references were kept in their canonical form.
            var reference = CaseReferences.Canonical(zaak);
            Case = reference;
            CaseKnown = await Query.Query<ReferralView>().AnyAsync(r => r.CaseReference.ToUpperInvariant() == reference, cancellation);
            OfCase = await RowsAsync(Query.Query<Erasure>().Where(e => e.CaseReference.ToUpperInvariant() == reference), cancellation);
        }
        foreach (var erasure in Waiting.Concat(OfCase).Select(r => r.Erasure).DistinctBy(e => e.Id))
        {
            Shows(AccessActions.Erasure, erasure.ErasureId, erasure.CaseReference);
        }
    }

    /// <summary>The erasures with when they were asked for and handled, the oldest request first.</summary>
    private async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<Erasure> erasures, CancellationToken cancellation)
    {
        var rows = new List<Row>();
        foreach (var erasure in await erasures.ToListAsync(cancellation))
        {
            var events = await Query.Events.FetchStreamAsync(erasure.Id, token: cancellation);
            var first = events.FirstOrDefault()?.Data as ILedgerEvent;
            var last = events.LastOrDefault()?.Data as ILedgerEvent;
            rows.Add(new Row(erasure, first?.At, erasure.Status == ErasureStatus.Requested ? null : last?.At));
        }
        return [.. rows.OrderBy(r => r.RequestedAt)];
    }
}
