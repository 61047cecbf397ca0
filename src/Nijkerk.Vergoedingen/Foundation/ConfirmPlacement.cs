using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Foundation;

public sealed record ConfirmPlacementRequest(string? PlacementReference);

/// <summary>
/// Record the foundation's placement. <see cref="WebhookId"/> is the delivery's <c>webhook-id</c> when
/// the foundation posted it itself, so a replay of that delivery is refused.
/// </summary>
public sealed record ConfirmPlacement(string ReferralId, string PlacementReference, Actor Actor, string? WebhookId = null) : ICommand<ReferralDetails>
{
    public override string ToString() => LogSafe.Describe(nameof(ConfirmPlacement), ReferralId, Actor);

    public const int MaxPlacementReference = 100;

    public static Checked<ConfirmPlacement> Create(string referralId, string? placementReference, Actor actor, string? webhookId = null)
    {
        var check = new Check();
        var reference = check.Text("placementReference", placementReference, MaxPlacementReference, identifier: true);
        return check.Then(() => new ConfirmPlacement(referralId, reference, actor, webhookId));
    }
}

/// <summary>
/// The foundation's answer: a financial officer records it (<c>POST /api/referrals/{id}/confirmation</c>),
/// or the foundation posts it itself, signed, to <c>/webhooks/houd-me-vast/{municipality}</c> (FoundationWebhook.cs).
/// </summary>
public static class ConfirmPlacementEndpoint
{
    [WolverinePost("/api/referrals/{id}/confirmation")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> Post(
        string id, ConfirmPlacementRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, ConfirmPlacement.Create(id, body?.PlacementReference, user.ActorFor(Roles.FinancialOfficer))).Ok();
}

public static class ConfirmPlacementHandler
{
    public static async Task<Outcome<ReferralDetails>> Handle(ConfirmPlacement command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var streams = await ReferralStreams.FetchAsync(session, command.ReferralId, locksYear: _ => false, cancellation);
        // A twin delivery that commits first makes this one's commit fail (its acceptance is inserted): decided again, it is a replay.
        var accepted = command.WebhookId is { } id && await session.LoadAsync<AcceptedWebhook>(id, cancellation) is not null;
        return await streams.CommitAsync(session, Decide(streams.Current, streams.YearClosed, command, clock.GetCurrentInstant(), accepted), cancellation);
    }

    public static Decision Decide(Referral? referral, bool yearClosed, ConfirmPlacement command, Instant now, bool webhookAccepted = false)
    {
        if (!ReferralRules.IsOpen(referral, yearClosed, out var refused))
        {
            return refused;
        }
        if (webhookAccepted)
        {
            return new Refusal(ProblemCodes.Replayed, $"This {WebhookSignature.IdHeader} was accepted before; nothing was done again.");
        }
        if (referral.Scheme.Kind != SchemeKind.Quota || referral.Status is not (ReferralStatus.Reserved or ReferralStatus.Scheduled or ReferralStatus.Completed))
        {
            return Refusal.InvalidTransition($"Only a referral holding a houd-me-vast slot can be placed; this one is {referral.Status}.");
        }
        var decision = referral.PlacementReference == command.PlacementReference
            ? Decision.To()
            : Decision.To(new Change(referral.Id,
                new PlacementConfirmed(referral.Id, command.PlacementReference, command.Actor.User, command.Actor.Role, now)));
        return command.WebhookId is { } id ? decision.With(DocumentChange.Insert(new AcceptedWebhook(id, referral.Id, now))) : decision;
    }
}
