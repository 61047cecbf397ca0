using System.Security.Claims;
using Marten;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Providers;
using NodaTime;

namespace Nijkerk.Vergoedingen.Payments;

/// <summary>A payment batch as the file the bank takes in: the API and the financial officers' screen download the same one.</summary>
public static class PaymentBatchFile
{
    public static string FileName(PaymentBatch batch) => $"betaalbatch-{batch.Id}.xml";

    /// <summary>
    /// The batch's file for the user who asked for it: it names households and their accounts, so reading it is recorded
    /// (<see cref="AccessLog"/>), naming the batch and every case in it, before the file is handed over.
    /// </summary>
    public static async Task<(byte[]? File, Refusal? Refusal)> ReadAsync(
        IQuerySession session, PaymentBatch batch, MunicipalityTerms? municipality, ClaimsPrincipal user, Instant now, CancellationToken cancellation)
    {
        var (file, refusal) = await RenderAsync(session, batch, municipality, cancellation);
        if (file is not null)
        {
            await AccessLog.RecordForCasesAsync(session.DocumentStore, user, AccessActions.PaymentFile, batch.Id, batch.Items.Select(i => (string?)i.CaseReference), now, cancellation);
        }
        return (file, refusal);
    }

    /// <summary>The batch as the SEPA file the bank takes in; payee accounts are read now, not from the events.</summary>
    private static async Task<(byte[]? File, Refusal? Refusal)> RenderAsync(
        IQuerySession session, PaymentBatch batch, MunicipalityTerms? municipality, CancellationToken cancellation)
    {
        if (municipality?.Iban is null)
        {
            return (null, new Refusal(ProblemCodes.InvalidTransition, "The municipality's own account is not configured.", "municipality"));
        }
        var providers = (await session.LoadManyAsync<Provider>(cancellation,
            batch.Items.Where(i => i.PayeeKind == PayeeKind.Provider).Select(i => i.PayeeId).Distinct())).ToDictionary(p => p.Id);
        var accounts = (await session.LoadManyAsync<PayeeAccount>(cancellation,
            batch.Items.Where(i => i.PayeeKind == PayeeKind.Household).Select(i => i.PayeeId).Distinct())).ToDictionary(a => a.Id);

        var creditors = new Dictionary<string, SepaParty>();
        foreach (var item in batch.Items)
        {
            SepaParty? creditor = item.PayeeKind == PayeeKind.Provider
                ? providers.GetValueOrDefault(item.PayeeId) is { } p ? new SepaParty(p.Name, p.Iban, p.Bic) : null
                : accounts.GetValueOrDefault(item.PayeeId) is { } a ? new SepaParty(a.Name ?? $"Huishouden {item.CaseReference}", a.Iban, null) : null;
            if (creditor is null)
            {
                return (null, new Refusal(ProblemCodes.InvalidTransition, $"The payee's account for invoice {item.InvoiceNumber} was erased.", "payee"));
            }
            creditors[item.ClaimId] = creditor;
        }
        var debtor = new SepaParty(municipality.Name, Iban.Normalize(municipality.Iban), municipality.Bic);
        return (SepaCreditTransfer.ToBytes(SepaCreditTransfer.Build(batch, debtor, creditors, batch.CreatedAt)), null);
    }
}
