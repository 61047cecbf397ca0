using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Referrals;

public sealed record EventEntry(
    long Sequence, long Version, string Type, Instant At, string User, string Role, string? Reason, string? CorrelationId, object Data);

public sealed record EventList(IReadOnlyList<EventEntry> Items);

/// <summary>Everything that happened to one referral, in order, with who, when and why.</summary>
public static class ReferralEventsEndpoint
{
    [WolverineGet("/api/referrals/{id}/events")]
    [Authorize(Policy = Policies.ReadReferrals)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        if (events.Count == 0)
        {
            return Problems.For(Refusal.NotFound("Referral")).ToResult();
        }
        return Results.Ok(new EventList([.. events.Select(e =>
        {
            var data = (ILedgerEvent)e.Data;
            return new EventEntry(e.Sequence, e.Version, e.EventTypeName, data.At, data.By, data.Role,
                (data as IReasonedEvent)?.Reason, e.CorrelationId, e.Data);
        })]));
    }
}
