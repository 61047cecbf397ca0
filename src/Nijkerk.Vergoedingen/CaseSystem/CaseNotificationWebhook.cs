using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Infrastructure;
using NodaTime;
using NodaTime.Text;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>A message of the Notificaties API (ZGW), as it is delivered to a subscriber; its members named as the contract names them.</summary>
public sealed record CaseNotification(
    [property: JsonPropertyName("kanaal")] string? Channel,
    [property: JsonPropertyName("hoofdObject")] string? MainObject,
    [property: JsonPropertyName("resource")] string? Resource,
    [property: JsonPropertyName("resourceUrl")] string? ResourceUrl,
    [property: JsonPropertyName("actie")] string? Action,
    [property: JsonPropertyName("aanmaakdatum")] string? CreatedAt,
    [property: JsonPropertyName("kenmerken")] Dictionary<string, string?>? Attributes);

/// <summary>
/// The municipality's Notificaties API tells the ledger what happened to zaken. Only a delivery carrying the
/// <c>Authorization</c> value configured for the municipality in the path is read (none: 401; another: 403);
/// nothing about any referral is looked at before. A destroyed zaak erases its referrals' personal documents;
/// any other message is taken and changes nothing.
/// </summary>
public static class CaseNotificationWebhookEndpoint
{
    private const int MaxBodyBytes = 16 * 1024;

    [WolverinePost("/webhooks/zgw/{municipality}")]
    [AllowAnonymous]
    [NotTenanted]
    public static async Task<Results<NoContent, ProblemHttpResult>> Post(
        string municipality, HttpRequest request, IOptions<CaseSystemSettings> settings, CommandBus commands, IMessageBus bus)
    {
        var given = request.Headers.Authorization.ToString();
        if (given.Length == 0)
        {
            return CommandResults.Problem(new Refusal(ProblemCodes.Unauthorized, "Send the Authorization this municipality's notifications carry."));
        }
        if (settings.Value.For(municipality)?.NotificationsAuth is not { Length: > 0 } expected
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return CommandResults.Problem(new Refusal(ProblemCodes.Forbidden, "This Authorization does not deliver notifications for this municipality."));
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.Validation("body", $"must be at most {MaxBodyBytes / 1024} KB").ToResult();
        }
        CaseNotification? notification;
        try
        {
            notification = await JsonSerializer.DeserializeAsync<CaseNotification>(request.Body, LedgerJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            notification = null;
        }
        if (notification is not { Channel.Length: > 0, Resource.Length: > 0, Action.Length: > 0, MainObject.Length: > 0 })
        {
            return Problems.Validation("body", "must be a notification: kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken").ToResult();
        }
        if (notification is { Channel: "zaken", Resource: "zaak", Action: "destroy" })
        {
            var notifiedAt = InstantPattern.ExtendedIso.Parse(notification.CreatedAt ?? "");
            if (!notifiedAt.Success)
            {
                return Problems.Validation("aanmaakdatum", "must be the instant of the notification, like 2026-03-14T09:30:00Z").ToResult();
            }
            var outcome = await commands.SendAsync(
                new EraseDestroyedCase(notification.MainObject, notifiedAt.Value, SystemActor.For(municipality)),
                null, request.HttpContext.RequestAborted);
            if (outcome.Refusal is { } refusal)
            {
                return CommandResults.Problem(refusal);
            }
        }
        else if (notification is { Channel: "zaken", Resource: "zaak", Action: "update" or "partial_update" })
        {
            await bus.PublishAsync(new CheckCaseEnded(notification.MainObject), new DeliveryOptions { TenantId = municipality });
        }
        // The zaaksysteem learns that the message was taken, and nothing of the referrals.
        return TypedResults.NoContent();
    }
}
