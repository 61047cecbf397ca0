using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Infrastructure;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Foundation;

/// <summary>What the foundation posts: the ids it was sent, and its own reference for the placement.</summary>
public sealed record FoundationWebhook(string? ReferralId, string? Municipality, string? PlacementReference);

/// <summary>
/// "This webhook-id was accepted for this municipality": written with the placement it confirmed, so a
/// replay within the signature's window is refused, and a refused delivery leaves no trace to block a retry.
/// </summary>
public sealed record AcceptedWebhook(string Id, string ReferralId, Instant AcceptedAt);

/// <summary>
/// The foundation's own call, for one municipality named in the path, signed with that municipality's
/// secret (<see cref="WebhookSignature"/>) instead of a user's token. The municipality is known before
/// the signature is checked, and nothing about any referral is looked at until it holds.
/// </summary>
public static class FoundationWebhookEndpoint
{
    private const int MaxBodyBytes = 16 * 1024;

    [WolverinePost("/webhooks/houd-me-vast/{municipality}")]
    [AllowAnonymous]
    [NotTenanted]
    public static async Task<Results<NoContent, ProblemHttpResult>> Post(
        string municipality, HttpRequest request, IOptions<FoundationSettings> settings,
        MunicipalityDirectory municipalities, IClock clock, CommandBus commands)
    {
        if (await ReadBodyAsync(request) is not { } body)
        {
            return Problems.Validation("body", $"must be at most {MaxBodyBytes / 1024} KB").ToResult();
        }
        var key = await municipalities.FindAsync(municipality, request.HttpContext.RequestAborted) is not null ? settings.Value.WebhookKeyOf(municipality) : null;
        var unsigned = key is null
            ? WebhookSignature.NoMatch
            : WebhookSignature.Verify(key, request.Headers[WebhookSignature.IdHeader], request.Headers[WebhookSignature.TimestampHeader],
                request.Headers[WebhookSignature.SignatureHeader], body, clock.GetCurrentInstant());
        if (unsigned is not null)
        {
            return CommandResults.Problem(unsigned);
        }

        FoundationWebhook? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<FoundationWebhook>(body, LedgerJson.Options);
        }
        catch (JsonException)
        {
            webhook = null;
        }
        if (webhook?.ReferralId is not { Length: > 0 } referralId)
        {
            return Problems.Validation("referralId", "is required, in a JSON body").ToResult();
        }
        if (webhook.Municipality is { } named && named != municipality)
        {
            return Problems.Validation("municipality", "must be the municipality of the path, when given").ToResult();
        }

        var command = ConfirmPlacement.Create(referralId, webhook.PlacementReference,
            new Actor("stichting-houd-me-vast", "foundation", municipality), request.Headers[WebhookSignature.IdHeader].ToString());
        var outcome = await commands.SendAsync(command, null, request.HttpContext.RequestAborted);
        // The foundation learns that it worked, and nothing of the referral.
        return outcome.Refusal is { } refusal ? CommandResults.Problem(refusal) : TypedResults.NoContent();
    }

    /// <summary>The exact bytes the signature covers, or null when there are too many of them.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        using var body = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return null;
            }
            body.Write(chunk, 0, read);
        }
        return body.ToArray();
    }
}
