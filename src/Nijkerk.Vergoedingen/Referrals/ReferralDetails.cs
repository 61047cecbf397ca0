using System.Security.Claims;
using System.Text.Json.Serialization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>
/// A referral as every answer about it says it (API.md): its facts, its place on the waitlist, and euros on
/// bijzondere bijstand only. The trainer's name is read only where reading the case is recorded.
/// </summary>
public sealed record ReferralDetails(
    string Id, string CaseReference, Scheme Scheme, int Year, ReferralStatus Status,
    string RequestedBy, Instant RequestedAt, string? ApprovedBy, int? WaitlistPosition,
    decimal? Cost, decimal? OwnContribution, decimal? Committed, decimal? Paid,
    string? Provider, LocalDate? StartDate, LocalDate? CompletedOn, long Version)
{
    /// <summary>Houd-me-vast: whether the foundation has the referral (Pending, Sent, Failed, Confirmed).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Foundation.NotificationStatus? Notification { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PlacementReference { get; init; }

    /// <summary>The zaak in the municipality's zaaksysteem (its URL), once linked; else null.</summary>
    [JsonPropertyName("zaak")]
    public string? Case { get; init; }

    /// <summary><c>Linked</c>, or <c>NotFound</c> when no single zaak has the case reference; absent while not looked up.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CaseSystem.CaseLink? CaseLink { get; init; }

    public static ReferralDetails From(Referral r, int? waitlistPosition, string? provider = null)
    {
        var money = r.Scheme.Kind == SchemeKind.Budget;
        return new ReferralDetails(
            r.Id, r.CaseReference, r.Scheme, r.Year, r.Status, r.RequestedBy, r.RequestedAt, r.ApprovedBy, waitlistPosition,
            r.Cost, r.OwnContribution, money ? r.Committed : null, money ? r.Paid : null, provider, r.StartDate, r.CompletedOn, r.Version)
        {
            Notification = r.Notification,
            PlacementReference = r.PlacementReference,
            Case = r.Case,
            CaseLink = r.CaseLink,
        };
    }
}

public static class ReferralDetailsEndpoint
{
    /// <summary>The referral now, or with <c>?asOf=</c> as it stood then, folded from its events up to that instant.</summary>
    [WolverineGet("/api/referrals/{id}")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Get(
        string id, string? asOf, ClaimsPrincipal user, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var check = new Validation();
        var at = check.Instant("asOf", asOf);
        if (!check.IsValid)
        {
            return check.ToResult();
        }
        // The view exists for referral streams only, so an as-of read of any other stream with this id (a
        // year, a payment batch) is not found, rather than folded.
        var referral = await session.LoadAsync<ReferralView>(id, cancellation);
        if (referral is not null && at is { } then)
        {
            referral = await session.Events.AggregateStreamAsync<ReferralView>(id, timestamp: then.ToDateTimeOffset(), token: cancellation);
        }
        if (referral is null)
        {
            return CommandResults.Problem(Refusal.NotFound("Referral"));
        }
        var position = at is { } t
            ? await WaitingLine.PositionAtAsync(session, referral, t, cancellation)
            : await WaitingLine.PositionOfAsync(session, referral, cancellation);
        await AccessLog.RecordAsync(session.DocumentStore, user, AccessActions.Referral, referral.Id, referral.CaseReference, clock.GetCurrentInstant(), cancellation);
        var texts = await PersonalTexts.LoadAsync(session, [referral.Provider], cancellation);
        return TypedResults.Ok(ReferralDetails.From(referral, position, texts.Read(referral.Provider)));
    }
}
