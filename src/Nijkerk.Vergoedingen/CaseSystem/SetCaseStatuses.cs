using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Ui;
using NodaTime;

namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>Set on a referral's zaak the statuses of the states it reached that the zaak does not show yet; sent by <see cref="CaseStatusRelay"/>.</summary>
public sealed record SetCaseStatuses(string ReferralId);

/// <summary>A state the referral reached, due on its zaak: at which version of its stream, when, and as which status type.</summary>
public sealed record CaseStatusStep(ReferralStatus State, long Step, Instant At, string StatusType)
{
    /// <summary>What names this step in the status's toelichting, so that a later attempt finds a status an earlier one set.</summary>
    public string Marker(string referralId) => $"verwijzing {referralId}, stap {Step}";
}

public static class SetCaseStatusesHandler
{
    /// <summary>
    /// Sets the due statuses in the order the referral reached them, each once: a status an attempt before this one set
    /// (its answer lost, or the node stopped before recording it) is found by its marker and not set again.
    /// </summary>
    public static async Task Handle(
        SetCaseStatuses message, IDocumentSession session, CaseSystemClient client, IOptions<CaseSystemSettings> settings, IClock clock,
        CancellationToken cancellation)
    {
        if (settings.Value.For(session.TenantId) is not { } municipality)
        {
            return;
        }
        // One attempt per referral at a time, so two never both find a status missing; its commands do not wait for the zaaksysteem.
        await session.LockAsync($"case-statuses/{session.TenantId}/{message.ReferralId}", cancellation);
        var events = await session.Events.FetchStreamAsync(message.ReferralId, token: cancellation);
        var (zaak, due) = Due(events, municipality);
        if (zaak is null || due.Count == 0)
        {
            return;
        }
        var now = clock.GetCurrentInstant();
        var set = new List<object>();
        foreach (var step in due)
        {
            var marker = step.Marker(message.ReferralId);
            var status = await client.FindStatusAsync(municipality, zaak, step.StatusType, marker, cancellation)
                         ?? await client.CreateStatusAsync(municipality, zaak, step.StatusType, step.At, $"{Dutch.Status(step.State)} ({marker})", cancellation);
            set.Add(new CaseStatusSet(message.ReferralId, zaak, step.State, step.Step, status, SystemActor.User, SystemActor.Role, now));
        }
        session.Events.Append(message.ReferralId, events[^1].Version + set.Count, [.. set]);
    }

    /// <summary>The referral's zaak, and the states it reached after the last one set there that have a status type, oldest first.</summary>
    public static (string? Case, IReadOnlyList<CaseStatusStep> Due) Due(IReadOnlyList<IEvent> events, CaseSystemMunicipality municipality)
    {
        Referral? referral = null;
        long through = 0;
        var steps = new List<CaseStatusStep>();
        foreach (var e in events)
        {
            var before = referral?.Status;
            referral = (referral ?? new Referral()).Evolve(e.Data);
            if (e.Data is CaseStatusSet set)
            {
                through = Math.Max(through, set.Step);
            }
            else if (referral is not null && referral.Status != before && e.Data is ILedgerEvent fact && municipality.StatusTypeOf(referral.Status) is { } type)
            {
                steps.Add(new(referral.Status, e.Version, fact.At, type));
            }
        }
        return (referral?.Case, [.. steps.Where(s => s.Step > through)]);
    }
}
