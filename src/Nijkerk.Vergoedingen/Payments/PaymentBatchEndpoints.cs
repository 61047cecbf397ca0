using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Payments;

public static class PaymentBatchEndpoints
{
    [WolverineGet("/api/payment-batches/{id}")]
    [Authorize(Policy = Policies.ReadPayments)]
    public static async Task<Results<Ok<PaymentBatchDetails>, ProblemHttpResult>> Get(string id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<PaymentBatch>(id, cancellation) is { } batch
            ? TypedResults.Ok(PaymentBatchDetails.From(batch))
            : CommandResults.Problem(Refusal.NotFound("Payment batch"));

    [ProducesResponseType<string>(StatusCodes.Status200OK, "application/xml")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [WolverineGet("/api/payment-batches/{id}/file")]
    [Authorize(Policy = Policies.ReadPayments)]
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetFile(
        string id, ClaimsPrincipal user, IQuerySession session, MunicipalityDirectory municipalities, IClock clock,
        CancellationToken cancellation)
    {
        if (await session.LoadAsync<PaymentBatch>(id, cancellation) is not { } batch)
        {
            return CommandResults.Problem(Refusal.NotFound("Payment batch"));
        }
        var (file, refusal) = await PaymentBatchFile.ReadAsync(
            session, batch, (await municipalities.FindAsync(user.FindFirst(TokenClaims.Tenant)!.Value, cancellation))?.Terms, user, clock.GetCurrentInstant(), cancellation);
        if (refusal is not null)
        {
            return CommandResults.Problem(refusal);
        }
        return TypedResults.File(file!, "application/xml", PaymentBatchFile.FileName(batch));
    }
}
