using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

/// <summary>A referral as API.md shows it. Amounts are strings with two decimals; null on houd-me-vast.</summary>
public sealed record ReferralDetails(
    string Id, string CaseReference, string Scheme, int Year, ReferralStatus Status,
    string RequestedBy, Instant RequestedAt, string? ApprovedBy, int? WaitlistPosition,
    string? Cost, string? OwnContribution, string? Committed, string? Paid,
    string? Provider, LocalDate? StartDate, LocalDate? CompletedOn, long Version)
{
    /// <summary>Houd-me-vast: whether the foundation has the referral (Pending, Sent, Failed, Confirmed).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Foundation.NotificationStatus? Notification { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? PlacementReference { get; init; }

    /// <summary>The referral as shown; the trainer's name only where <paramref name="texts"/> were read for it.</summary>
    public static ReferralDetails From(Referral r, int? waitlistPosition, PersonalTexts? texts = null)
    {
        var money = r.Scheme.Kind == SchemeKind.Budget;
        return new ReferralDetails(
            r.Id, r.CaseReference, r.Scheme.Slug, r.Year, r.Status, r.RequestedBy, r.RequestedAt, r.ApprovedBy, waitlistPosition,
            Format(r.Cost), Format(r.OwnContribution), money ? Amount.Format(r.Committed) : null, money ? Amount.Format(r.Paid) : null,
            texts?.Read(r.Provider), r.StartDate, r.CompletedOn, r.Version)
        {
            Notification = r.Notification,
            PlacementReference = r.PlacementReference,
        };
    }

    private static string? Format(decimal? amount) => amount is { } a ? Amount.Format(a) : null;
}

public static class ReferralDetailsEndpoint
{
    /// <summary>The referral now, or with <c>?asOf=</c> as it stood then, folded from its events up to that instant.</summary>
    [Answers<ReferralDetails>]
    [WolverineGet("/api/referrals/{id}")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<IResult> Get(string id, string? asOf, ClaimsPrincipal user, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var check = new Validation();
        var at = check.Instant("asOf", asOf);
        if (!check.IsValid)
        {
            return check.ToProblem().ToResult();
        }
        // The stored snapshot exists for referral streams only, so an as-of read of any other stream with
        // this id (a year, a payment batch) is not found, rather than folded.
        var referral = await session.LoadAsync<Referral>(id, cancellation);
        if (referral is not null && at is { } then)
        {
            referral = await session.Events.AggregateStreamAsync<Referral>(id, timestamp: then.ToDateTimeOffset(), token: cancellation);
        }
        if (referral is null)
        {
            return Problems.For(Refusal.NotFound("Referral")).ToResult();
        }
        int? position = null;
        if (referral.Status == ReferralStatus.Waitlisted)
        {
            var key = QuotaYear.StreamKey(referral.Scheme, referral.Year);
            var year = at is { } t
                ? await session.Events.AggregateStreamAsync<QuotaYear>(key, timestamp: t.ToDateTimeOffset(), token: cancellation)
                : await session.LoadAsync<QuotaYear>(key, cancellation);
            position = year?.PositionOf(referral.Id);
        }
        await AccessLog.RecordAsync(session.DocumentStore, user, AccessActions.Referral, referral.Id, referral.CaseReference, clock.GetCurrentInstant(), cancellation);
        var texts = await PersonalTexts.LoadAsync(session, [referral.Provider], cancellation);
        return Results.Ok(ReferralDetails.From(referral, position, texts));
    }
}

/// <summary>Positions are not stored on referrals: they move whenever someone ahead leaves the line.</summary>
public static class WaitlistPositions
{
    public static async Task<Func<Referral, int?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Referral> referrals, CancellationToken cancellation)
    {
        var keys = referrals.Where(r => r.Status == ReferralStatus.Waitlisted)
            .Select(r => QuotaYear.StreamKey(r.Scheme, r.Year)).Distinct().ToArray();
        var years = keys.Length == 0 ? [] : await session.LoadManyAsync<QuotaYear>(cancellation, keys);
        var byKey = years.ToDictionary(y => y.Id);
        return r => byKey.GetValueOrDefault(QuotaYear.StreamKey(r.Scheme, r.Year))?.PositionOf(r.Id);
    }
}
