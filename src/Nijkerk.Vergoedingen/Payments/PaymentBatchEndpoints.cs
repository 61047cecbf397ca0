using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Security;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Payments;

public static class PaymentBatchEndpoints
{
    [Answers<PaymentBatchDetails>]
    [WolverineGet("/api/payment-batches/{id}")]
    [Authorize(Policy = Policies.ReadPayments)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<PaymentBatch>(id, cancellation) is { } batch
            ? Results.Ok(PaymentBatchDetails.From(batch))
            : Problems.For(Refusal.NotFound("Payment batch")).ToResult();

    [Answers<string>(StatusCodes.Status200OK, "application/xml")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [WolverineGet("/api/payment-batches/{id}/file")]
    [Authorize(Policy = Policies.ReadPayments)]
    public static async Task<IResult> GetFile(
        string id, ClaimsPrincipal user, IQuerySession session, MunicipalityDirectory municipalities,
        CancellationToken cancellation)
    {
        if (await session.LoadAsync<PaymentBatch>(id, cancellation) is not { } batch)
        {
            return Problems.For(Refusal.NotFound("Payment batch")).ToResult();
        }
        var (file, refusal) = await RenderAsync(session, batch, (await municipalities.FindAsync(user.FindFirst(TokenClaims.Tenant)!.Value, cancellation))?.Terms, cancellation);
        if (refusal is not null)
        {
            return Problems.For(refusal).ToResult();
        }
        return Results.File(file!, "application/xml", FileName(batch));
    }

    public static string FileName(PaymentBatch batch) => $"betaalbatch-{batch.Id}.xml";

    /// <summary>The batch as the SEPA file the bank takes in; payee accounts are read now, not from the events.</summary>
    public static async Task<(byte[]? File, Refusal? Refusal)> RenderAsync(
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
